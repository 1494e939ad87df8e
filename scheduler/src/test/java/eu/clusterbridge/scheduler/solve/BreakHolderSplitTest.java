package eu.clusterbridge.scheduler.solve;

import com.google.ortools.Loader;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** "At most one break" searched one participant at a time: found when someone can hold it, refuted when nobody can. */
class BreakHolderSplitTest {

    private static final SolveOptions OPTIONS = new SolveOptions(Duration.ofSeconds(30), 1, 2, message -> { }, true);

    @BeforeAll
    static void loadCpSat() {
        Loader.loadNativeLibraries();
    }

    @Test
    void findsTheScheduleInWhichOneParticipantOfAFourCycleWaits() {
        // p1 and p5 both meet p2 and p3 at one table: someone waits between their two meetings, nobody else does.
        Instance cycle = Events.anEvent(4, 1).fourCycle("").build(Mode.ALL);

        AllMeetingsSolver.Stage found = split(cycle, 30);

        assertThat(found.status()).isEqualTo(Status.FEASIBLE);
        assertThat(checkedBreaks(cycle, found.slots())).isEqualTo(1);
        assertThat(BreaksTally.byParticipant(cycle, found.slots()).values()).containsExactlyInAnyOrder(0, 0, 0, 1);
    }

    @Test
    void provesThatNobodyCanBeTheOnlyOneWhoWaitsWhenTwoFourCyclesShareATable() {
        // Each four-cycle makes one of its participants wait wherever the other's meetings fall: two breaks at least.
        Instance twoCycles = Events.anEvent(8, 1).fourCycle("x").fourCycle("y").build(Mode.ALL);

        AllMeetingsSolver.Stage none = split(twoCycles, 30);

        assertThat(none.status()).isEqualTo(Status.INFEASIBLE);
        assertThat(none.slots()).isNull();
    }

    @Test
    void saysUnknownRatherThanImpossibleWhenTimeRunsOutBeforeEveryoneIsRefuted() {
        Instance twoCycles = Events.anEvent(8, 1).fourCycle("x").fourCycle("y").build(Mode.ALL);

        AllMeetingsSolver.Stage open = split(twoCycles, 0);

        assertThat(open.status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void triesWhoWaitsInTheHintFirstThenTheBusiestAndNeverSomeoneWithOneMeeting() {
        Instance event = Events.anEvent(6, 2)
                .meeting("a", "busy", "p2").meeting("b", "busy", "p3").meeting("c", "busy", "waits")
                .meeting("d", "waits", "p2").meeting("e", "loner", "p4").build(Mode.ALL);
        AllMeetingsDomain domain = new AllMeetingsDomain(event);
        // Only "waits" has a break in the hint (slots 1 and 3); "busy" has three meetings, p2 two, the others one.
        Map<String, Integer> hint = Map.of("a", 2, "b", 3, "c", 1, "d", 3, "e", 1);

        List<String> order = BreakHolderSplit.candidates(domain, hint).stream()
                .map(p -> domain.participant(p).id()).toList();

        assertThat(order).containsExactly("waits", "busy", "p2");
    }

    /** The split of "at most one break" for the event, with no hint, given that many seconds of work. */
    private static AllMeetingsSolver.Stage split(Instance event, double workSeconds) {
        return BreakHolderSplit.search(new AllMeetingsDomain(event), null, new WorkClock(OPTIONS), workSeconds, OPTIONS);
    }

    /** The breaks of the schedule, recounted by the checker, which also confirms it is valid. */
    private static int checkedBreaks(Instance instance, Map<String, Integer> slots) {
        return Solving.verified(instance, Solving.scheduleOf(instance, slots)).objective().breaks();
    }
}
