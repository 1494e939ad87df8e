package eu.clusterbridge.scheduler.solve;

import eu.clusterbridge.scheduler.model.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "At most one break", zero being proved impossible, searched one participant at a time: a schedule with one break
 * has one participant with a break, so the cap is the disjunction over p of "only p may have a break". Pinning every
 * other participant to a single run gives CP-SAT's presolve (its probing) enough to refute most p at once, with no
 * search, and leaves a search it finishes in seconds for the right p; the cap on the total alone stays open after
 * 40 s on forum-13crafc and ticf-13crafc (docs/benchmarks.md, fifth round). Exact: when every participant is refuted,
 * no schedule has one break.
 */
final class BreakHolderSplit {

    /**
     * Seconds of work ({@link WorkClock}) for each participant in the first pass; every later pass gives the ones
     * still open three times more. A wrong holder is mostly refuted by presolve in 0.2-0.5 s whatever the slice; the
     * right one needs 1-6 s, with a long tail, so a short slice only wastes its search (ticf-13crafc at 10 s: slices of 3, 5 and 8 s proved the
     * optimum in 3, 4 and 7 runs of 8, docs/benchmarks.md).
     */
    static final double FIRST_SLICE = Double.parseDouble(System.getProperty("cb.all.split.slice", "8"));

    private BreakHolderSplit() {
    }

    /**
     * A schedule with exactly one break (FEASIBLE), a proof that none exists (INFEASIBLE) or UNKNOWN when the clock
     * reaches {@code until}. Participants who have a break in {@code hint} are tried first (a near schedule suggests where the break is
     * needed), then the busiest (on forum-13crafc and ticf-13crafc every participant with fewer than five meetings is
     * refuted).
     */
    static AllMeetingsSolver.Stage search(AllMeetingsDomain domain, Map<String, Integer> hint, WorkClock clock,
                                          double until, SolveOptions options) {
        List<Integer> open = candidates(domain, hint);
        double slice = FIRST_SLICE;
        while (!open.isEmpty() && clock.before(until)) {
            List<Integer> unknown = new ArrayList<>();
            for (int holder : open) {
                if (!clock.before(until)) {
                    return new AllMeetingsSolver.Stage(Status.UNKNOWN, null);
                }
                BreaksModel onlyThisOne = BreaksModel.of(domain, 1);
                onlyThisOne.allowBreaksOnlyFor(holder);
                AllMeetingsSolver.Stage stage = AllMeetingsSolver.search(onlyThisOne, hint, clock, WorkClock.Search.CAPPED,
                        Math.min(until, clock.now() + slice), options);
                if (stage.slots() != null) {
                    options.progress().accept("all: one break, held by " + domain.participant(holder).id());
                    return stage;
                }
                if (stage.status() == Status.UNKNOWN) {
                    unknown.add(holder);
                }
            }
            options.progress().accept(String.format(Locale.ROOT, "all: one break, split by who has it: %d of %d open after a pass",
                    unknown.size(), open.size()));
            open = unknown;
            slice *= 3;
        }
        return new AllMeetingsSolver.Stage(open.isEmpty() ? Status.INFEASIBLE : Status.UNKNOWN, null);
    }

    /** Every participant who could have a break (two meetings or more), most likely holders first. */
    static List<Integer> candidates(AllMeetingsDomain domain, Map<String, Integer> hint) {
        Map<String, Integer> breaksInHint = hint == null ? Map.of() : BreaksTally.byParticipant(domain.instance, hint);
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < domain.participantCount; p++) {
            if (domain.meetingsOf.get(p).size() >= 2) {
                candidates.add(p);
            }
        }
        candidates.sort(Comparator.comparingInt((Integer p) -> -breaksInHint.getOrDefault(domain.participant(p).id(), 0))
                .thenComparingInt(p -> -domain.meetingsOf.get(p).size()));
        return candidates;
    }
}
