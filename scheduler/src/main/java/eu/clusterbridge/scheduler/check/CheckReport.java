package eu.clusterbridge.scheduler.check;

import eu.clusterbridge.scheduler.model.Objective;

import java.util.List;

/**
 * The verdict on one schedule: every rule it breaks, in plain words, and the objective values recomputed
 * from the instance (which are what a benchmark should print, not the solver's own claim).
 *
 * @param note a remark that is not a violation, e.g. that an INFEASIBLE answer has nothing to check
 */
public record CheckReport(List<String> violations, Objective recomputed, String note) {

    public CheckReport {
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    public String describe() {
        StringBuilder text = new StringBuilder(valid() ? "VALID" : "INVALID: " + violations.size() + " violation(s)");
        text.append(System.lineSeparator()).append("recomputed: ").append(recomputed.meetings()).append(" meetings, weight ")
                .append(recomputed.weight()).append(", ").append(recomputed.breaks()).append(" breaks");
        if (note != null) {
            text.append(System.lineSeparator()).append("note: ").append(note);
        }
        violations.forEach(v -> text.append(System.lineSeparator()).append("- ").append(v));
        return text.toString();
    }
}
