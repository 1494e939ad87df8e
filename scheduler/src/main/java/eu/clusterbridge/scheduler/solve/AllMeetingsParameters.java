package eu.clusterbridge.scheduler.solve;

import com.google.ortools.sat.SatParameters;

/**
 * CP-SAT settings for the all-meetings model, chosen by measurement on the published instances
 * (see docs/benchmarks.md).
 */
final class AllMeetingsParameters {

    private AllMeetingsParameters() {
    }

    static void apply(SatParameters.Builder p, SolveOptions options, double seconds) {
        p.setMaxTimeInSeconds(Math.max(0.001, seconds));
        p.setNumWorkers(Math.max(1, options.workers()));
        p.setRandomSeed((int) (options.seed() ^ (options.seed() >>> 32)));
        p.setLogSearchProgress(Boolean.getBoolean("cb.all.log"));
        // Two full searches without LP that follow the model's earliest-slot strategy, one with restarts:
        // the capped problems are SAT-like, LP relaxations and LNS only cost time on them (measured).
        p.addSubsolvers("quick_restart_no_lp");
        p.addSubsolvers("no_lp");
        // Interleaved search synchronises the workers in fixed batches, so that a seed and a worker count give
        // the same schedule on every run (plain parallel search depends on thread timing).
        p.setInterleaveSearch(true);
        String extra = System.getProperty("cb.all.params");
        if (extra != null && !extra.isBlank()) {
            try {
                com.google.protobuf.TextFormat.merge(extra, p);
            } catch (com.google.protobuf.TextFormat.ParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
