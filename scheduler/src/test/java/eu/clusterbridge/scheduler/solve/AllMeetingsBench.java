package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.io.DznReader;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Benchmark program (not a test): solves the published instances in all mode and prints one Markdown row
 * per instance and fairness: status, breaks and bound of the last run, median and max seconds, runs proved optimal,
 * and the breaks of every run.
 * Arguments: directory, fairness list (e.g. 2 or 0,1,3 or "none"), runs, time limit in seconds, [variant], [name filter].
 */
public final class AllMeetingsBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "scheduler/instances/b2bsp-jair2022");
        String[] fairness = (args.length > 1 ? args[1] : "2").split(",");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int limit = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        String variant = args.length > 4 ? args[4] : "original";
        String filter = args.length > 5 ? args[5] : "";
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".dzn") && f.getFileName().toString().contains(filter)).sorted().toList();
        }
        SolveOptions options = new SolveOptions(Duration.ofSeconds(limit), 1, 2, m -> { }, true);
        double total = 0;
        for (Path file : files) {
            Instance base = AllMeetingsVariants.apply(new DznReader().read(file), variant);
            for (String d : fairness) {
                Instance instance = base.withFairness(d.equals("none") ? null : Integer.valueOf(d));
                double[] seconds = new double[runs];
                Schedule last = null;
                String problems = "";
                List<String> breaks = new ArrayList<>();
                int optimalRuns = 0;
                for (int r = 0; r < runs; r++) {
                    last = new AllMeetingsSolver().solve(instance, options.withSeed(1 + r));
                    seconds[r] = last.seconds();
                    breaks.add(last.meetings().isEmpty() ? "-" : String.valueOf(last.objective().breaks()));
                    optimalRuns += last.status() == eu.clusterbridge.scheduler.model.Status.OPTIMAL ? 1 : 0;
                    if (!last.meetings().isEmpty()) {
                        var v = new AllMeetingsVerifier(instance, last);
                        problems += v.violations.isEmpty() ? "" : " INVALID " + v.violations.subList(0, Math.min(3, v.violations.size()));
                    }
                }
                Arrays.sort(seconds);
                double median = seconds[runs / 2];
                total += median;
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %.2f | %.2f | %d/%d | %s |%s%n", instance.name(), variant, d,
                        last.status(), last.meetings().isEmpty() ? "-" : String.valueOf(last.objective().breaks()),
                        last.bound().breaks() == null ? "-" : last.bound().breaks(), median, seconds[runs - 1], optimalRuns, runs, String.join(" / ", breaks), problems);
            }
        }
        System.out.printf(Locale.ROOT, "total of medians: %.2f s%n", total);
    }
}
