package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.check.CheckReport;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Mode;
import eu.clusterbridge.scheduler.model.Schedule;

import java.util.Locale;

/** One instance's benchmark result as a Markdown table row. */
record BenchRow(Instance instance, Schedule schedule, CheckReport report, CheckReport greedy, long heapMegabytes,
                long residentMegabytes, PublishedOptimum known) {

    static final String HEADER = "| instance | participants | meetings | slots | tables | status | breaks | weight"
            + " | bound | gap | seconds | peak heap MB | peak RSS MB | valid | greedy meetings | greedy weight"
            + " | known optimum | reached |";
    static final String RULE = "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    String format() {
        var objective = report.recomputed();
        boolean select = instance.mode() == Mode.SELECT;
        return "| " + String.join(" | ",
                instance.name(),
                String.valueOf(instance.participants().size()),
                String.valueOf(instance.meetings().size()),
                String.valueOf(instance.slots()),
                String.valueOf(instance.tables()),
                schedule.status().name(),
                hasSchedule() ? String.valueOf(objective.breaks()) : "-",
                hasSchedule() ? String.valueOf(objective.weight()) : "-",
                bound(select),
                gap(select),
                String.format(Locale.ROOT, "%.1f", schedule.seconds()),
                String.valueOf(heapMegabytes),
                residentMegabytes < 0 ? "-" : String.valueOf(residentMegabytes),
                report.valid() ? "yes" : "NO: " + report.violations().get(0).replace('|', '/'),
                greedy == null ? "-" : String.valueOf(greedy.recomputed().meetings()),
                greedy == null ? "-" : greedy.recomputed().weight() + (greedy.valid() ? "" : " (invalid)"),
                known == null ? "-" : String.valueOf(known.breaks()),
                reached()) + " |";
    }

    private boolean hasSchedule() {
        return !schedule.meetings().isEmpty() || instance.meetings().isEmpty();
    }

    /** Select mode bounds the weight from above; all mode may bound the breaks from below. */
    private String bound(boolean select) {
        if (schedule.bound() == null) {
            return "-";
        }
        Number value = select ? schedule.bound().weight() : schedule.bound().breaks();
        return value == null ? "-" : value.toString();
    }

    private String gap(boolean select) {
        if (!hasSchedule() || schedule.bound() == null) {
            return "-";
        }
        if (select) {
            Double gap = schedule.weightGap();
            return gap == null ? "-" : String.format(Locale.ROOT, "%.1f%%", gap * 100);
        }
        Integer lower = schedule.bound().breaks();
        return lower == null ? "-" : String.valueOf(report.recomputed().breaks() - lower);
    }

    private String reached() {
        if (known == null) {
            return "-";
        }
        boolean complete = hasSchedule() && report.valid() && report.recomputed().meetings() == instance.meetings().size();
        return complete && report.recomputed().breaks() <= known.breaks() ? "yes" : "no";
    }
}
