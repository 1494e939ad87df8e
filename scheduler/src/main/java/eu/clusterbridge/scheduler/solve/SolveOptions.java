package eu.clusterbridge.scheduler.solve;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long and how to search.
 *
 * @param timeLimit wall-clock limit; on timeout the best schedule so far is returned as FEASIBLE with its bound
 * @param seed      random seed: the same seed, instance and worker count give the same schedule
 * @param workers   CP-SAT search workers (this machine has 2 cores)
 * @param progress  receives one-line progress messages during long solves (the CLI prints them on stderr)
 */
public record SolveOptions(Duration timeLimit, long seed, int workers, Consumer<String> progress) {

    public static SolveOptions defaults() {
        return new SolveOptions(Duration.ofSeconds(60), 1, Math.max(1, Runtime.getRuntime().availableProcessors()), message -> { });
    }

    public SolveOptions withTimeLimit(Duration limit) {
        return new SolveOptions(limit, seed, workers, progress);
    }

    public SolveOptions withSeed(long newSeed) {
        return new SolveOptions(timeLimit, newSeed, workers, progress);
    }

    public SolveOptions withProgress(Consumer<String> listener) {
        return new SolveOptions(timeLimit, seed, workers, listener);
    }
}
