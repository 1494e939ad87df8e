package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.check.ScheduleChecker;
import eu.clusterbridge.scheduler.io.InstanceFormatException;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Schedule;
import eu.clusterbridge.scheduler.solve.GreedyScheduler;
import eu.clusterbridge.scheduler.solve.MeetingScheduler;
import eu.clusterbridge.scheduler.solve.SolveOptions;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code bench DIR}: solves every instance in a folder, checks each answer with the independent checker and
 * prints one Markdown table row per instance (ready for docs/benchmarks.md). Values come from the checker's
 * recomputation, not from the solver's report. Exit 1 if any schedule is invalid.
 */
final class BenchCommand {

    private final PrintStream out;
    private final PrintStream err;

    BenchCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments("bench", args, Set.of("time-limit", "fairness", "seed"));
        arguments.expectPositional(1, "bench DIR [--time-limit S] [--fairness D]");
        List<Path> files = instances(arguments.path(0, "DIR"));
        SolveOptions options = SolveCommand.options(arguments, err);
        out.println(BenchRow.HEADER);
        out.println(BenchRow.RULE);
        boolean allValid = true;
        for (Path file : files) {
            try {
                BenchRow row = run(file, arguments.fairness(), options.withProgress(SolveCommand.timedProgress(err)));
                allValid &= row.report().valid();
                out.println(row.format());
            } catch (InstanceFormatException e) {
                allValid = false;
                out.println("| " + file.getFileName() + " | unreadable: " + e.getMessage().replace('|', '/') + " |");
            }
            out.flush();
        }
        return allValid ? 0 : 1;
    }

    private BenchRow run(Path file, Integer fairness, SolveOptions options) {
        Instance instance = Inputs.instance(file, fairness);
        err.println("bench: " + instance.name());
        PeakMemory.reset();
        Schedule schedule = new MeetingScheduler().solve(instance, options);
        long heap = PeakMemory.heapMegabytes();
        CheckReport report = new ScheduleChecker().check(instance, schedule);
        Schedule greedy = instance.mode() == Mode.SELECT ? new GreedyScheduler().solve(instance) : null;
        CheckReport greedyReport = greedy == null ? null : new ScheduleChecker().check(instance, greedy);
        return new BenchRow(instance, schedule, report, greedyReport, heap, PeakMemory.residentMegabytes(),
                PublishedOptimum.of(instance.name()).orElse(null));
    }

    private static List<Path> instances(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("bench: not a directory: " + dir);
        }
        try (Stream<Path> listing = Files.list(dir)) {
            List<Path> files = listing.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".dzn") || name.endsWith(".json");
            }).sorted().toList();
            if (files.isEmpty()) {
                throw new UsageException("bench: no .dzn or .json instances in " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UsageException("bench: cannot list " + dir + ": " + e.getMessage());
        }
    }
}
