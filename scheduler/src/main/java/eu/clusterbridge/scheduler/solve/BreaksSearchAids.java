package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.DecisionStrategyProto;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Parts of {@link BreaksModel} that change no answer but make CP-SAT find and prove answers much faster. */
final class BreaksSearchAids {

    private BreaksSearchAids() {
    }

    // Implied: in each group of participants linked by meetings, those busy in a slot are two per meeting
    // held there, so an even number.
    static void countBusyParticipantsPerSlot(BreaksModel b) {
        for (List<Integer> group : BreaksLowerBound.linkedGroups(b.domain)) {
            List<Integer> groupMeetings = new ArrayList<>();
            for (int p : group) {
                b.domain.meetingsOf.get(p).stream().filter(m -> b.domain.first[m] == p).forEach(groupMeetings::add);
            }
            Map<Integer, List<Literal>> heldIn = b.literalsBySlot(groupMeetings);
            for (Map.Entry<Integer, List<Literal>> e : heldIn.entrySet()) {
                int s = e.getKey();
                LinearExprBuilder busyHere = LinearExpr.newBuilder();
                group.stream().filter(p -> b.busy[p][s] != null).forEach(p -> busyHere.add(b.busy[p][s]));
                IntVar meetings = b.model.newIntVar(0, Math.min(e.getValue().size(), b.domain.instance.tables()), "");
                b.model.addEquality(LinearExpr.sum(e.getValue().toArray(new Literal[0])), meetings);
                b.model.addEquality(busyHere, LinearExpr.term(meetings, 2));
            }
        }
    }

    // Search: place meetings participant by participant, each in its earliest possible slot.
    static void scheduleEarliestFirst(BreaksModel b) {
        List<IntVar> order = new ArrayList<>();
        boolean[] done = new boolean[b.domain.meetingCount()];
        Integer[] people = new Integer[b.domain.participantCount];
        for (int p = 0; p < people.length; p++) {
            people[p] = p;
        }
        Arrays.sort(people, (x, y) -> b.domain.meetingsOf.get(y).size() - b.domain.meetingsOf.get(x).size());
        for (int p : people) {
            for (int m : b.domain.meetingsOf.get(p)) {
                if (!done[m]) {
                    done[m] = true;
                    order.add(b.slot[m]);
                }
            }
        }
        b.model.addDecisionStrategy(order.toArray(new IntVar[0]),
                DecisionStrategyProto.VariableSelectionStrategy.CHOOSE_FIRST,
                DecisionStrategyProto.DomainReductionStrategy.SELECT_MIN_VALUE);
    }
}
