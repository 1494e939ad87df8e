package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.check.ScheduleChecker;
import eu.clusterbridge.scheduler.io.ScheduleJson;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.solve.MeetingScheduler;
import eu.clusterbridge.scheduler.solve.SolveOptions;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/** {@code solve INSTANCE}: solves, checks the answer independently, writes b2b-schedule/1. */
final class SolveCommand {

    private final PrintStream out;
    private final PrintStream err;

    SolveCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments("solve", args, Set.of("time-limit", "seed", "fairness", "out"));
        arguments.expectPositional(1, "solve INSTANCE [--time-limit S] [--seed N] [--fairness D] [--out FILE]");
        Instance instance = Inputs.instance(arguments.path(0, "INSTANCE"), arguments.fairness());
        SolveOptions options = options(arguments, err);
        err.printf("solving %s: %d participants, %d meetings, %d slots, %d tables, mode %s, fairness %s%n",
                instance.name(), instance.participants().size(), instance.meetings().size(), instance.slots(),
                instance.tables(), instance.mode().json(), instance.fairness() == null ? "none" : instance.fairness());
        Schedule schedule = new MeetingScheduler().solve(instance, options);
        // The solver's claims are re-verified before anyone relies on them.
        CheckReport report = new ScheduleChecker().check(instance, schedule);
        err.printf("%s: %d meetings, weight %d, %d breaks, %.1f s; check: %s%n", schedule.status(),
                report.recomputed().meetings(), report.recomputed().weight(), report.recomputed().breaks(),
                schedule.seconds(), report.valid() ? "valid" : "INVALID " + report.violations());
        Inputs.write(new ScheduleJson().write(schedule), arguments.option("out"), out);
        return report.valid() ? 0 : 1;
    }

    static SolveOptions options(Arguments arguments, PrintStream err) {
        double seconds = arguments.seconds("time-limit", SolveOptions.defaults().timeLimit().toMillis() / 1000.0);
        return SolveOptions.defaults()
                .withTimeLimit(Duration.ofMillis(Math.round(seconds * 1000)))
                .withSeed(arguments.longOption("seed", SolveOptions.defaults().seed()))
                .withProgress(timedProgress(err));
    }

    /**
     * Progress lines on stderr, each led by the seconds since the listener was made (the start of one solve), so that
     * an organiser watching a long solve sees where its time goes.
     */
    static Consumer<String> timedProgress(PrintStream err) {
        long started = System.nanoTime();
        return line -> err.printf(Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - started) / 1e9, line);
    }
}
