package eu.clusterbridge.scheduler.property;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.check.ScheduleChecker;
import eu.clusterbridge.scheduler.explain.UnscheduledExplainer;
import eu.clusterbridge.scheduler.io.InstanceJsonReader;
import eu.clusterbridge.scheduler.io.InstanceJsonWriter;
import eu.clusterbridge.scheduler.io.ScheduleJson;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.model.Status;
import eu.clusterbridge.scheduler.solve.GreedyScheduler;
import eu.clusterbridge.scheduler.solve.MeetingScheduler;
import eu.clusterbridge.scheduler.solve.SolveOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Whatever the solvers do inside, their answers must survive the independent checker; and an optimal
 * selection can never weigh less than the greedy baseline's.
 */
class SolverPropertiesTest {

    private static final SolveOptions OPTIONS = SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(1);
    private final ScheduleChecker checker = new ScheduleChecker();

    @Test
    void everySelectScheduleIsValidAndAnOptimalOneBeatsGreedy() {
        qt().withFixedSeed(20_261_121L).withExamples(60).forAll(longs().between(1, 1_000_000_000L)).checkAssert(seed -> {
            Instance instance = RandomInstances.of(seed, Mode.SELECT);
            Schedule schedule = new MeetingScheduler().solve(instance, OPTIONS);
            CheckReport report = checker.check(instance, schedule);
            assertThat(report.violations()).as("seed %d, status %s", seed, schedule.status()).isEmpty();
            assertThat(schedule.status()).as("seed %d: an empty selection is always feasible", seed)
                    .isIn(Status.OPTIMAL, Status.FEASIBLE);

            assertThat(new UnscheduledExplainer().explain(instance, schedule)).as("seed %d", seed)
                    .hasSize(instance.meetings().size() - report.recomputed().meetings());
            Schedule reread = new ScheduleJson().read(new ScheduleJson().write(schedule));
            assertThat(checker.check(instance, reread).violations()).as("after a JSON round trip, seed %d", seed).isEmpty();

            Schedule greedy = new GreedyScheduler().solve(instance);
            CheckReport greedyReport = checker.check(instance, greedy);
            assertThat(greedyReport.violations()).as("greedy, seed %d", seed).isEmpty();
            if (schedule.status() == Status.OPTIMAL) {
                assertThat(report.recomputed().weight()).as("seed %d", seed)
                        .isGreaterThanOrEqualTo(greedyReport.recomputed().weight());
            }
        });
    }

    @Test
    void everyAllModeScheduleIsValid() {
        qt().withFixedSeed(20_261_122L).withExamples(60).forAll(longs().between(1, 1_000_000_000L)).checkAssert(seed -> {
            Instance instance = RandomInstances.of(seed, Mode.ALL);
            Schedule schedule = new MeetingScheduler().solve(instance, OPTIONS);
            CheckReport report = checker.check(instance, schedule);
            assertThat(report.violations()).as("seed %d, status %s", seed, schedule.status()).isEmpty();
            if (schedule.status() == Status.OPTIMAL || schedule.status() == Status.FEASIBLE) {
                assertThat(report.recomputed().meetings()).isEqualTo(instance.meetings().size());
            }
        });
    }

    @Test
    void everyInstanceSurvivesTheJsonRoundTrip() {
        qt().withFixedSeed(20_261_123L).withExamples(300).forAll(longs().between(1, 1_000_000_000L)).checkAssert(seed -> {
            for (Mode mode : Mode.values()) {
                Instance instance = RandomInstances.of(seed, mode);
                assertThat(new InstanceJsonReader().read(new InstanceJsonWriter().write(instance))).isEqualTo(instance);
            }
        });
    }
}
