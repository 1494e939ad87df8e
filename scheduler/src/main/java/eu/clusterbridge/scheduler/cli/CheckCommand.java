package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.check.ScheduleChecker;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code check INSTANCE SCHEDULE}: prints the checker's report; exit 0 when valid, 1 when not. */
final class CheckCommand {

    private final PrintStream out;

    CheckCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments("check", args, Set.of("fairness"));
        arguments.expectPositional(2, "check INSTANCE SCHEDULE [--fairness D]");
        Instance instance = Inputs.instance(arguments.path(0, "INSTANCE"), arguments.fairness());
        Schedule schedule = Inputs.schedule(arguments.path(1, "SCHEDULE"));
        CheckReport report = new ScheduleChecker().check(instance, schedule);
        out.println(report.describe());
        return report.valid() ? 0 : 1;
    }
}
