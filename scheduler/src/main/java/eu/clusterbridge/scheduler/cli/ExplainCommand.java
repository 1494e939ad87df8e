package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.explain.Explanation;
import eu.clusterbridge.scheduler.explain.UnscheduledExplainer;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code explain INSTANCE SCHEDULE}: one line per unscheduled meeting saying why it is not held. */
final class ExplainCommand {

    private final PrintStream out;

    ExplainCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments("explain", args, Set.of("fairness"));
        arguments.expectPositional(2, "explain INSTANCE SCHEDULE [--fairness D]");
        Instance instance = Inputs.instance(arguments.path(0, "INSTANCE"), arguments.fairness());
        Schedule schedule = Inputs.schedule(arguments.path(1, "SCHEDULE"));
        List<Explanation> explanations = new UnscheduledExplainer().explain(instance, schedule);
        if (explanations.isEmpty()) {
            out.println("every meeting is scheduled");
        }
        explanations.forEach(out::println);
        return 0;
    }
}
