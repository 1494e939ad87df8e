package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.SatParameters;

/**
 * CP-SAT settings for the all-meetings model, chosen by measurement on the published instances
 * (see docs/benchmarks.md).
 */
final class AllMeetingsParameters {

    private AllMeetingsParameters() {
    }

    static void apply(SatParameters.Builder p, SolveOptions options) {
        twoSearchesWithoutLp(p, options);
        // Full symmetry detection in presolve: ticf-14crafa's "0 breaks" went from 1 run in 3 proved to 3 of 3 in ~5 s.
        p.setSymmetryLevel(4);
        merge(p, System.getProperty("cb.all.params"));
    }

    /**
     * Settings for the improvement phase (minimise breaks from a hinted schedule): the same two searches
     * without LP as for the caps; from the same start they cut tic-13crafc from 44 to 4 breaks where CP-SAT's
     * default portfolio with LNS reached 12 (and forum-13crafc 73 to 29, default 73).
     */
    static void applyForImprovement(SatParameters.Builder p, SolveOptions options) {
        twoSearchesWithoutLp(p, options);
        merge(p, System.getProperty("cb.all.improve.params"));
    }

    /** CP-SAT's random seed for the solve's seed (its 64 bits folded into CP-SAT's 32). */
    static int seed(SolveOptions options) {
        return (int) (options.seed() ^ (options.seed() >>> 32));
    }

    private static void twoSearchesWithoutLp(SatParameters.Builder p, SolveOptions options) {
        p.setNumWorkers(Math.max(1, options.workers()));
        p.setRandomSeed(seed(options));
        p.setLogSearchProgress(Boolean.getBoolean("cb.all.log"));
        // Two full searches without LP that follow the model's earliest-slot strategy, one with restarts:
        // the capped problems are SAT-like, LP relaxations and LNS only cost time on them (measured).
        p.addSubsolvers("quick_restart_no_lp");
        p.addSubsolvers("no_lp");
        // Interleaved search synchronises the workers in fixed batches, so that a seed and a worker count give
        // the same schedule on every run (plain parallel search depends on thread timing).
        p.setInterleaveSearch(true);
        // Interleaved workers that share binary clauses are not repeatable once a hint is given: the same hinted
        // search ended after 3.4, 5.4 or 5.7 deterministic seconds, or not at all, from run to run (ticf-13crafc,
        // docs/benchmarks.md, seventh round). Without sharing: the same every time, and no slower.
        p.setShareBinaryClauses(false);
    }

    private static void merge(SatParameters.Builder p, String extra) {
        if (extra != null && !extra.isBlank()) {
            try {
                com.google.protobuf.TextFormat.merge(extra, p);
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
