package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import eu.clusterbridge.scheduler.io.DznReader;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Meeting;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.property.RandomInstances;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static eu.clusterbridge.scheduler.solve.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

class BreaksAnnealingTest {

    private static final Path PUBLISHED = Path.of("instances", "b2bsp-jair2022");

    static {
        com.google.ortools.Loader.loadNativeLibraries();
    }

    @Test
    void closesTheGapsOfAParticipantWhoseMeetingsFitBackToBack() {
        Instance instance = anEvent(6, 1).meeting("m1", "p1", "p2").meeting("m2", "p1", "p3").meeting("m3", "p1", "p4")
                .build(Mode.ALL);
        Map<String, Integer> gappy = Map.of("m1", 1, "m2", 3, "m3", 5);

        Map<String, Integer> annealed = anneal(instance, gappy, 0, 1);

        assertThat(BreaksTally.total(instance, annealed)).isZero();
        Solving.verified(instance, Solving.scheduleOf(instance, annealed));
    }

    @Test
    void focusedMovesStartFromTheMeetingsOfParticipantsWithABreakAndFollowTheMovesMade() {
        // p1 has a break (slots 1 and 3); p2 and p3 have one meeting each and cannot have one.
        Instance instance = anEvent(4, 2).meeting("m1", "p1", "p2").meeting("m2", "p1", "p3").build(Mode.ALL);
        AllMeetingsDomain domain = new AllMeetingsDomain(instance);
        KempeState state = new KempeState(domain, Map.of("m1", 1, "m2", 3));
        SplittableRandom random = new SplittableRandom(7);

        Set<Integer> picked = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            picked.add(state.meetingOfSomeoneWithABreak(random));
        }
        assertThat(picked).containsExactlyInAnyOrder(0, 1);

        assertThat(state.move(1, 2)).isTrue(); // m2 to slot 2: p1 meets back to back
        state.keep();
        assertThat(state.meetingOfSomeoneWithABreak(random)).isEqualTo(-1);
        assertThat(state.move(1, 4)).isTrue();
        state.undo(2, 4); // taken back: still no break
        assertThat(state.meetingOfSomeoneWithABreak(random)).isEqualTo(-1);
    }

    @Test
    void keepsAPrecedenceEvenWhereBreakingItWouldSaveABreak() {
        // p1 meets p2 (free in slots 1-2) before p3 (free in 1 and 4): m2 first, at 1, then m1 at 2 would have no
        // break, but the precedence puts m2 at 4, so p1 keeps one break.
        Instance instance = anEvent(4, 2)
                .meeting("m1", "p1", "p2")
                .meeting(new Meeting("m2", "p1", "p3", 1, null, null, List.of("m1")))
                .unavailable("p2", 3, 4)
                .unavailable("p3", 2, 3)
                .build(Mode.ALL);

        Map<String, Integer> annealed = anneal(instance, Map.of("m1", 1, "m2", 4), 0, 1);

        assertThat(annealed.get("m1")).isLessThan(annealed.get("m2"));
        assertThat(BreaksTally.total(instance, annealed)).isEqualTo(1);
        Solving.verified(instance, Solving.scheduleOf(instance, annealed));
    }

    @Test
    void neverReturnsAnInvalidOrAWorseSchedule() {
        qt().withFixedSeed(20_261_121L).withExamples(150).forAll(longs().between(1, 1_000_000_000L)).checkAssert(seed -> {
            Instance instance = RandomInstances.of(seed, Mode.ALL);
            AllMeetingsDomain domain = new AllMeetingsDomain(instance);
            Map<String, Integer> start = KempeState.applies(domain) ? firstSchedule(domain) : null;
            if (start == null) {
                return; // own tables, or no schedule at all: annealing does not run
            }
            Map<String, Integer> annealed = BreaksAnnealing.improve(domain, start, 0, clock(), 0.05, seed);

            Solving.verified(instance, Solving.scheduleOf(instance, annealed));
            assertThat(new AllMeetingsVerifier(instance, Solving.scheduleOf(instance, annealed)).violations).as("seed %d", seed).isEmpty();
            assertThat(BreaksTally.total(instance, annealed)).as("seed %d", seed).isLessThanOrEqualTo(BreaksTally.total(instance, start));
        });
    }

    @Test
    void lowersThePublishedTic13crafcFromItsFirstScheduleButNeverBelowItsOptimum() {
        Instance instance = published("tic-13crafc");
        Map<String, Integer> start = firstSchedule(new AllMeetingsDomain(instance));

        Map<String, Integer> annealed = anneal(instance, start, 4, 2);

        Solving.verified(instance, Solving.scheduleOf(instance, annealed));
        // The proved optimum is 4 (published, and "at most 3" is refuted by CP-SAT given enough time).
        assertThat(BreaksTally.total(instance, annealed)).isGreaterThanOrEqualTo(4).isLessThan(BreaksTally.total(instance, start));
    }

    @Test
    void givesTheSameScheduleForTheSameSeedWhenTheWorkItIsGrantedRunsOut() {
        Instance instance = published("tic-13crafc");
        Map<String, Integer> start = firstSchedule(new AllMeetingsDomain(instance));

        // Zero breaks is below the optimum (4), so the steps granted end the search, not the bound.
        Map<String, Integer> once = anneal(instance, start, 0, 0.5);
        assertThat(anneal(instance, start, 0, 0.5)).isEqualTo(once);
        assertThat(anneal(instance, start, 0, 0.5)).isEqualTo(once);
    }

    @Test
    void appliesOnlyToEventsWithoutOwnedTablesOfAtMost62Slots() {
        assertThat(KempeState.applies(new AllMeetingsDomain(anEvent(62, 1).meeting("m1", "p1", "p2").build(Mode.ALL)))).isTrue();
        assertThat(KempeState.applies(new AllMeetingsDomain(anEvent(63, 1).meeting("m1", "p1", "p2").build(Mode.ALL)))).isFalse();
        assertThat(KempeState.applies(new AllMeetingsDomain(anEvent(8, 2).meeting("m1", "p1", "p2").ownTable("p1", 1)
                .build(Mode.ALL)))).isFalse();
    }

    private static Map<String, Integer> anneal(Instance instance, Map<String, Integer> start, int lower, double seconds) {
        return BreaksAnnealing.improve(new AllMeetingsDomain(instance), start, lower, clock(), seconds, 7);
    }

    /** A clock counting work, with a time limit far beyond the work the tests grant, so that only the work decides. */
    private static WorkClock clock() {
        return new WorkClock(SolveOptions.defaults().withTimeLimit(Duration.ofMinutes(5)));
    }

    /** Any valid schedule, as the solver's first phase finds it (null if there is none). */
    private static Map<String, Integer> firstSchedule(AllMeetingsDomain domain) {
        BreaksModel model = BreaksModel.of(domain, Integer.MAX_VALUE);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setMaxTimeInSeconds(10).setStopAfterFirstSolution(true);
        CpSolverStatus status = solver.solve(model.model);
        if (status != CpSolverStatus.FEASIBLE && status != CpSolverStatus.OPTIMAL) {
            return null;
        }
        return model.slotsIn(solver);
    }

    private static Instance published(String name) {
        return new DznReader().read(PUBLISHED.resolve(name + ".original.dzn")).withFairness(2);
    }
}
