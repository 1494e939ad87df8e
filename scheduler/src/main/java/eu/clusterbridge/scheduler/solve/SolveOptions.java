package eu.clusterbridge.scheduler.solve;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long and how to search.
 *
 * @param timeLimit    wall-clock limit; on timeout the best schedule so far is returned as FEASIBLE with its bound
 * @param seed         random seed
 * @param workers      CP-SAT search workers (this machine has 2 cores)
 * @param progress     receives one-line progress messages during long solves (the CLI prints them on stderr)
 * @param reproducible the same seed, instance and worker count give the same schedule (CP-SAT's interleaved search
 *                     with a deterministic time budget); off lets CP-SAT's parallel portfolio race, which can find
 *                     improvements sooner on large events but may differ from run to run
 */
public record SolveOptions(Duration timeLimit, long seed, int workers, Consumer<String> progress, boolean reproducible) {

    public static SolveOptions defaults() {
        return new SolveOptions(Duration.ofSeconds(60), 1, Math.max(1, Runtime.getRuntime().availableProcessors()),
                message -> { }, true);
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, seed, workers, progress, reproducible);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, newSeed, workers, progress, reproducible);
    }

    public SolveOptions withProgress(Consumer<String> listener) {
        return new SolveOptions(timeLimit, seed, workers, listener, reproducible);
    }

    public SolveOptions withReproducible(boolean same) {
        return new SolveOptions(timeLimit, seed, workers, progress, same);
    }
}
