package eu.clusterbridge.scheduler.solve;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capped all-meetings model with its one-run windows and the time-mirror symmetry breaking, on events small
 * enough to know every answer: a cap below the optimum must be proved impossible and a cap at it met.
 */
class BreaksCapTest {

    @BeforeAll
    static void loadCpSat() {
        Loader.loadNativeLibraries();
    }

    @Test
    void provesThatAParticipantWithAnUnavailableMiddleSlotNeedsABreak() {
        // p1 meets three people in four slots but cannot meet in slot 2: 1, 3, 4 is the best, one break.
        Instance event = Events.anEvent(4, 1).unavailable("p1", 2)
                .meeting("m1", "p1", "p2").meeting("m2", "p1", "p3").meeting("m3", "p1", "p4").build(Mode.ALL);

        assertThat(solveCapped(event, 0)).isEqualTo(CpSolverStatus.INFEASIBLE);
        assertThat(solveCapped(event, 1)).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
    }

    @Test
    void provesThatAFourCycleOnOneTableLeavesOneBreak() {
        // p1 and p5 both meet p2 and p3, one table: four meetings in a row, and someone waits in between.
        Instance cycle = Events.anEvent(4, 1).fourCycle("").build(Mode.ALL);

        assertThat(solveCapped(cycle, 0)).isEqualTo(CpSolverStatus.INFEASIBLE);
        assertThat(solveCapped(cycle, 1)).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
    }

    @Test
    void keepsEveryoneInOneRunWhenTheCapIsZero() {
        Instance event = Events.anEvent(6, 2).meeting("m1", "p1", "p2").meeting("m2", "p1", "p3")
                .meeting("m3", "p2", "p3").meeting("m4", "p4", "p2").build(Mode.ALL);
        AllMeetingsDomain domain = new AllMeetingsDomain(event);
        BreaksModel capped = BreaksModel.of(domain, 0);
        CpSolver solver = new CpSolver();

        assertThat(solver.solve(capped.model)).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
        for (int p = 0; p < domain.participantCount; p++) {
            int first = Integer.MAX_VALUE;
            int last = 0;
            int busy = 0;
            for (int s = 1; s <= domain.slots; s++) {
                if (capped.busy[p][s] != null && solver.booleanValue(capped.busy[p][s])) {
                    first = Math.min(first, s);
                    last = s;
                    busy++;
                }
            }
            assertThat(last - first + 1).as("participant %d busy slots", p).isEqualTo(busy);
        }
    }

    @Test
    void keepsOnlyTheWindowsThatTheMeetingsCanFill() {
        // Two morning meetings (slots 1-3) and one afternoon meeting (4-6): a run of three must cross the lunch break.
        int[][] slots = {{1, 2, 3}, {1, 2, 3}, {4, 5, 6}};

        assertThat(WindowMatching.fits(slots, 1, 3)).isFalse();
        assertThat(WindowMatching.fits(slots, 2, 3)).isTrue();
        assertThat(WindowMatching.fits(slots, 3, 3)).isFalse();
        assertThat(WindowMatching.fits(new int[][] {{2}, {2}}, 1, 2)).as("two meetings, one possible slot").isFalse();
        assertThat(WindowMatching.fits(new int[][] {{1, 2}, {1}}, 1, 2)).as("needs an augmenting path").isTrue();
    }

    @Test
    void provesTheBreakThatSessionsForceOnAParticipant() {
        // p1: two morning meetings (slots 1-3) and one afternoon meeting fixed to slot 6: no window of three
        // slots can hold them, so p1 needs one break.
        Instance event = Events.anEvent(6, 3).session("morning", 1, 3).session("afternoon", 4, 6)
                .meeting(new Meeting("m1", "p1", "p2", 1, "morning", null, List.of()))
                .meeting(new Meeting("m2", "p1", "p3", 1, "morning", null, List.of()))
                .meeting(new Meeting("m3", "p1", "p4", 1, "afternoon", 6, List.of()))
                .build(Mode.ALL);

        assertThat(solveCapped(event, 0)).isEqualTo(CpSolverStatus.INFEASIBLE);
        assertThat(solveCapped(event, 1)).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
    }

    @Test
    void spreadsTheBreaksOverParticipantsOnlyWhenAskedTo() {
        // p1 meets three people in five slots but cannot meet in slots 2 and 4: both breaks are p1's.
        Instance twoForOne = Events.anEvent(5, 1).unavailable("p1", 2, 4)
                .meeting("m1", "p1", "p2").meeting("m2", "p1", "p3").meeting("m3", "p1", "p4").build(Mode.ALL);
        // Two four-cycles on one table: two breaks, one in each cycle.
        Instance oneEach = Events.anEvent(8, 1).fourCycle("x").fourCycle("y").build(Mode.ALL);

        assertThat(solveCapped(twoForOne, 2)).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
        assertThat(solve(spread(twoForOne, 2))).isEqualTo(CpSolverStatus.INFEASIBLE);
        assertThat(solve(spread(oneEach, 2))).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
    }

    @Test
    void findsTheMirrorSymmetryOnlyWhereReversingTheSlotsKeepsEveryRule() {
        Events symmetric = Events.anEvent(5, 2).unavailable("p1", 1, 5).meeting("m1", "p1", "p2").meeting("m2", "p2", "p3");
        Events lopsided = Events.anEvent(5, 2).unavailable("p1", 1).meeting("m1", "p1", "p2").meeting("m2", "p2", "p3");
        Events ordered = Events.anEvent(5, 2).meeting("m1", "p1", "p2")
                .meeting(new Meeting("m2", "p2", "p3", 1, null, null, List.of("m1")));
        Events unevenDays = Events.anEvent(5, 2).block(1, 2).block(3, 5).meeting("m1", "p1", "p2");

        assertThat(MirrorSymmetry.anchor(new AllMeetingsDomain(symmetric.build(Mode.ALL)))).isNotNegative();
        assertThat(MirrorSymmetry.anchor(new AllMeetingsDomain(lopsided.build(Mode.ALL)))).isEqualTo(-1);
        assertThat(MirrorSymmetry.anchor(new AllMeetingsDomain(ordered.build(Mode.ALL)))).isEqualTo(-1);
        assertThat(MirrorSymmetry.anchor(new AllMeetingsDomain(unevenDays.build(Mode.ALL)))).isEqualTo(-1);
    }

    @Test
    void hintsTheMirroredScheduleWhenTheAnchorLiesInTheSecondHalf() {
        AllMeetingsDomain domain = new AllMeetingsDomain(Events.anEvent(5, 2)
                .meeting("m1", "p1", "p2").meeting("m2", "p2", "p3").build(Mode.ALL));
        int anchor = MirrorSymmetry.anchor(domain);
        String anchorId = domain.instance.meetings().get(anchor).id();
        String otherId = anchorId.equals("m1") ? "m2" : "m1";

        Map<String, Integer> late = Map.of(anchorId, 4, otherId, 5);
        Map<String, Integer> early = Map.of(anchorId, 2, otherId, 1);

        assertThat(MirrorSymmetry.oriented(domain, anchor, late)).isEqualTo(Map.of(anchorId, 2, otherId, 1));
        assertThat(MirrorSymmetry.oriented(domain, anchor, early)).isEqualTo(early);
    }

    @Test
    void aMirrorSymmetricEventStillReachesItsOptimumFromAHintInTheSecondHalf() {
        // Hinting a schedule whose anchor is late must not make the capped model infeasible.
        Instance event = Events.anEvent(6, 1).meeting("m1", "p1", "p2").meeting("m2", "p1", "p3")
                .meeting("m3", "p1", "p4").build(Mode.ALL);
        AllMeetingsDomain domain = new AllMeetingsDomain(event);
        BreaksModel capped = BreaksModel.of(domain, 0);
        assertThat(capped.mirrorAnchor).isNotNegative();
        AllMeetingsHint.hint(capped, Map.of("m1", 4, "m2", 5, "m3", 6));
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);

        assertThat(solver.solve(capped.model)).isIn(CpSolverStatus.OPTIMAL, CpSolverStatus.FEASIBLE);
        assertThat(solver.value(capped.slot[capped.mirrorAnchor])).isLessThanOrEqualTo(MirrorSymmetry.lastAnchorSlot(domain));
    }

    private static CpSolverStatus solveCapped(Instance instance, int cap) {
        return solve(BreaksModel.of(new AllMeetingsDomain(instance), cap));
    }

    private static BreaksModel spread(Instance instance, int cap) {
        BreaksModel spread = BreaksModel.of(new AllMeetingsDomain(instance), cap);
        spread.allowAtMostOneBreakEach();
        return spread;
    }

    private static CpSolverStatus solve(BreaksModel model) {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1);
        return solver.solve(model.model);
    }
}
