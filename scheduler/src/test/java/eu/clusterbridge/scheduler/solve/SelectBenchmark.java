package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.check.ScheduleChecker;
import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;

/**
 * Benchmark program (not a test): solves generated select-mode events and prints one Markdown table row
 * per run, with the greedy baseline of the same instance.
 * Usage: SelectBenchmark family seconds seed [seed...]
 */
public final class SelectBenchmark {

    public static void main(String[] args) {
        String family = args[0];
        int seconds = Integer.parseInt(args[1]);
        System.out.println("| instance | seed | greedy meetings | greedy weight | meetings | weight | breaks | bound | gap | status | s | peak heap MB | peak RSS MB | valid |");
        for (int i = 2; i < args.length; i++) {
            long seed = Long.parseLong(args[i]);
            Instance instance = new InstanceGenerator().generate(family, seed);
            Schedule greedy = new GreedyScheduler().solve(instance);
            SolveOptions options = SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(seconds)).withSeed(seed)
                    .withProgress(msg -> System.err.println("  [" + family + "/" + seed + "] " + msg));
            resetPeaks();
            Schedule schedule = new SelectMeetingsSolver().solve(instance, options);
            CheckReport report = new ScheduleChecker().check(instance, schedule);
            System.out.printf("| %s | %d | %d | %d | %d | %d | %d | %d | %.2f%% | %s | %.1f | %d | %d | %s |%n", family, seed,
                    greedy.objective().meetings(), greedy.objective().weight(),
                    schedule.objective().meetings(), schedule.objective().weight(), schedule.objective().breaks(),
                    schedule.bound().weight(), 100 * schedule.weightGap(), schedule.status(), schedule.seconds(),
                    peakHeapMb(), peakRssMb(), report.valid() ? "yes" : "NO: " + report.describe());
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            // Linux: writing 5 resets the process's peak resident set (VmHWM), so each run reports its own.
            java.nio.file.Files.writeString(java.nio.file.Path.of("/proc/self/clear_refs"), "5");
        } catch (java.io.IOException | SecurityException e) {
            // Then the peak covers the runs before too.
        }
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1 << 20);
    }

    /** Peak resident set of the whole process (JVM plus CP-SAT's native memory), from /proc. */
    private static long peakRssMb() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (java.io.IOException e) {
            return -1;
        }
        return -1;
    }
}
