package eu.clusterbridge.scheduler.solve;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * The primal side of all mode: simulated annealing over Kempe-chain moves ({@link KempeState}) that lowers the
 * breaks of a valid schedule. Where every participant's run is nearly unbroken and the tables are nearly full
 * (forum-13crafc, 12 tables), CP-SAT proves the lower bound but finds no schedule near it: from 75 breaks it was
 * at 15 after 60 s, where this search reaches 2 or 3 within seconds (docs/benchmarks.md, decision 0011).
 * <p>
 * The search runs in rounds of a fixed number of moves, each cooling from {@link #HOT} to {@link #COLD} and
 * starting from the best schedule so far, so that a seed gives the same rounds on any machine; the steps granted by
 * the {@link WorkClock} decide how many run. It stops early when it reaches the proved lower bound.
 */
final class BreaksAnnealing {

    // Measured on the four 12- and 14-table timeouts (docs/benchmarks.md): rounds of 2–30 million moves and
    // temperatures from 1.5–8 down to 0.1–0.4 all end within one or two breaks of each other; these are the middle.
    static final long MOVES_PER_ROUND = 4_000_000L;
    static final double HOT = 3;
    static final double COLD = 0.2;
    /**
     * Share of the moves that start from a meeting of a participant with a break rather than from any meeting, as
     * local search for satisfiability picks its flips in unsatisfied clauses (a measurement switch,
     * -Dcb.anneal.focus). A small gain, measured three times on the four hard instances (docs/benchmarks.md): sum of
     * the breaks reached 71 → 63 (3 seeds of 5 s), 156 → 149 (7 seeds of 5 s), and in the whole solver 118 → 109
     * (5 runs of 10 s); 0.3 and 0.9 did no better than 0.7.
     */
    static final double FOCUS = Double.parseDouble(System.getProperty("cb.anneal.focus", "0.7"));

    private BreaksAnnealing() {
    }

    /**
     * Returns the schedule with the fewest breaks found from {@code start} (a fair schedule: fairness holds in
     * every schedule kept), stopping at {@code lower} breaks, when the steps that fit before {@code until} are made
     * (counted on the clock) or at the time limit.
     */
    static Map<String, Integer> improve(AllMeetingsDomain domain, Map<String, Integer> start, int lower,
                                        WorkClock clock, double until, long seed) {
        Budget budget = new Budget(clock.annealingSteps(until), clock.wallStop(until));
        KempeState state = new KempeState(domain, start);
        Map<String, Integer> best = start;
        int bestBreaks = state.totalBreaks;
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; bestBreaks > lower && !budget.spent(0); round++) {
            KempeState from = round == 0 ? state : new KempeState(domain, best);
            Round result = anneal(from, lower, budget, random.split());
            if (result.breaks() < bestBreaks) {
                best = result.slots();
                bestBreaks = result.breaks();
            }
        }
        clock.chargeAnnealingSteps(budget.steps);
        return best;
    }

    private record Round(Map<String, Integer> slots, int breaks) {
    }

    /**
     * The steps (moves, and meetings taken into their chains) a search may make, and the wall-clock stop
     * (System.nanoTime()), checked every few thousand moves.
     */
    private static final class Budget {
        private final long granted;
        private final long wallStop;
        private long steps;

        Budget(long granted, long wallStop) {
            this.granted = granted;
            this.wallStop = wallStop;
        }

        boolean spent(long move) {
            return steps >= granted || (move & 4095) == 0 && System.nanoTime() >= wallStop;
        }
    }

    private static Round anneal(KempeState state, int lower, Budget budget, SplittableRandom random) {
        int current = state.cost();
        Map<String, Integer> best = null;
        int bestBreaks = Integer.MAX_VALUE;
        double temperature = HOT;
        double cooling = Math.pow(COLD / HOT, 1.0 / MOVES_PER_ROUND);
        long chainSteps = state.steps;
        for (long move = 0; move < MOVES_PER_ROUND && bestBreaks > lower && !budget.spent(move); move++) {
            // One step per move tried, plus the meetings the last one took into its chain (counted by the state).
            budget.steps += 1 + state.steps - chainSteps;
            chainSteps = state.steps;
            temperature *= cooling;
            int m = startingMeeting(state, random);
            int from = state.slot[m];
            long others = state.allowedSlots(m) & ~(1L << from);
            if (others == 0) {
                continue;
            }
            int to = nth(others, random.nextInt(Long.bitCount(others)));
            if (!state.move(m, to)) {
                continue;
            }
            int next = state.cost();
            int worse = next - current;
            if (worse <= 0 || random.nextDouble() < Math.exp(-worse / temperature)) {
                state.keep();
                current = next;
                if (state.totalBreaks < bestBreaks && state.fair()) {
                    bestBreaks = state.totalBreaks;
                    best = state.slots();
                }
            } else {
                state.undo(from, to);
            }
        }
        budget.steps += state.steps - chainSteps;
        return new Round(best, bestBreaks);
    }

    // Most moves start where a break is, the others anywhere (so that the search can still leave a plateau).
    private static int startingMeeting(KempeState state, SplittableRandom random) {
        int m = random.nextDouble() < FOCUS ? state.meetingOfSomeoneWithABreak(random) : -1;
        return m >= 0 ? m : random.nextInt(state.meetingCount());
    }

    /** The slot of the n-th set bit (from 0). */
    private static int nth(long bits, int n) {
        for (int i = 0; i < n; i++) {
            bits &= bits - 1;
        }
        return Long.numberOfTrailingZeros(bits);
    }
}
