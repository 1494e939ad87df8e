package eu.clusterbridge.scheduler.solve;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A complete slot assignment of the all-meetings problem, kept valid under Kempe-chain moves, with each
 * participant's breaks and annealing cost maintained incrementally (see {@link BreaksAnnealing}).
 * <p>
 * A Kempe chain for slots t1 and t2 starts from one meeting and adds, for each of its participants, the meeting
 * that participant holds in the other slot, and so on; swapping t1 and t2 for the whole chain keeps every
 * participant at one meeting per slot. The move is refused when a meeting of the chain is not allowed in its new
 * slot, when a precedence would break, or when a slot would hold more meetings than there are tables. Busy slots
 * are bit masks, so the state applies to events of at most {@link #MAX_SLOTS} slots without owned tables
 * ({@link #applies}).
 */
final class KempeState {

    static final int MAX_SLOTS = 62;
    /** Cost of one break; each idle slot inside a participant's day costs 1, so shorter gaps are "nearer" to none. */
    static final int BREAK_COST = 3;
    /** Cost of each break beyond the fairness limit, so that unfair states are passed through but not kept. */
    static final int UNFAIR_COST = 30;

    private final AllMeetingsDomain domain;
    private final int[] first;
    private final int[] second;
    private final long[] allowed;
    private final int[][] after;
    private final long[] blockMasks;
    private final int tables;
    private final Integer fairness;

    final int[] slot;
    private final int[][] meetingAt;
    private final int[] load;
    private final long[] busy;
    private final int[] breaks;
    private final int[] cost;
    private final int[] breaksHistogram;
    /** Each participant's meetings, unboxed for the move loop (the domain keeps them as lists). */
    private final int[][] meetingsOf;
    /** The participants with at least one break (the first withBreakCount entries), and each one's index there. */
    private final int[] withBreak;
    private final int[] withBreakIndex;
    private int withBreakCount;
    int totalBreaks;
    private int totalCost;
    /**
     * Meetings taken into chains so far: most of a move's cost grows with its chain (2 meetings on forum-13crafc's
     * 12 tables, many more on tic-13crafc's 19), so the annealing counts its work in these, not in moves.
     */
    long steps;

    // The chain of the last move and the participants it touched, with their previous breaks and costs to undo it.
    private final int[] chain;
    private final boolean[] inChain;
    private int chainSize;
    private final int[] touched;
    private final boolean[] isTouched;
    private final int[] previousBreaks;
    private final int[] previousCost;
    private int touchedSize;

    static boolean applies(AllMeetingsDomain domain) {
        return domain.slots <= MAX_SLOTS
                && domain.instance.participants().stream().noneMatch(p -> p.hostsAtOwnTable());
    }

    KempeState(AllMeetingsDomain domain, Map<String, Integer> slotByMeetingId) {
        this.domain = domain;
        int meetings = domain.meetingCount();
        int participants = domain.participantCount;
        first = domain.first;
        second = domain.second;
        allowed = new long[meetings];
        for (int m = 0; m < meetings; m++) {
            for (int s : domain.allowedSlots[m]) {
                allowed[m] |= 1L << s;
            }
        }
        after = successors(domain);
        blockMasks = domain.instance.blocks().stream()
                .mapToLong(r -> (-1L >>> (63 - r.last())) & -(1L << r.first())).toArray();
        tables = domain.instance.tables();
        fairness = domain.instance.fairness();
        slot = new int[meetings];
        meetingAt = new int[participants][domain.slots + 1];
        for (int[] row : meetingAt) {
            Arrays.fill(row, -1);
        }
        load = new int[domain.slots + 1];
        busy = new long[participants];
        breaks = new int[participants];
        cost = new int[participants];
        breaksHistogram = new int[domain.slots + 1];
        meetingsOf = domain.meetingsOf.stream().map(ms -> ms.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        withBreak = new int[participants];
        withBreakIndex = new int[participants];
        chain = new int[meetings];
        inChain = new boolean[meetings];
        touched = new int[participants];
        isTouched = new boolean[participants];
        previousBreaks = new int[participants];
        previousCost = new int[participants];
        for (int m = 0; m < meetings; m++) {
            place(m, slotByMeetingId.get(domain.instance.meetings().get(m).id()));
        }
        breaksHistogram[0] = participants;
        for (int p = 0; p < participants; p++) {
            setScore(p, breaksOf(busy[p]), costOf(busy[p]));
        }
    }

    int meetingCount() {
        return slot.length;
    }

    /** A random meeting of a random participant with a break, or -1 when nobody has one. */
    int meetingOfSomeoneWithABreak(SplittableRandom random) {
        if (withBreakCount == 0) {
            return -1;
        }
        int[] mine = meetingsOf[withBreak[random.nextInt(withBreakCount)]];
        return mine[random.nextInt(mine.length)];
    }

    long allowedSlots(int m) {
        return allowed[m];
    }

    /** The annealing objective: breaks, idle slots inside the days, and any excess over the fairness limit. */
    int cost() {
        return totalCost + UNFAIR_COST * unfairness();
    }

    boolean fair() {
        return unfairness() == 0;
    }

    /**
     * Swaps slots {@code slot[m]} and {@code other} along the Kempe chain of meeting m, if that is a valid move;
     * returns whether it was made. {@link #undo()} takes it back.
     */
    boolean move(int m, int other) {
        int t1 = slot[m];
        chainSize = 0;
        add(m);
        int leavingFirst = 0;
        for (int i = 0; i < chainSize; i++) {
            int x = chain[i];
            int to = slot[x] == t1 ? other : t1;
            if ((allowed[x] & (1L << to)) == 0) {
                clearChain();
                return false;
            }
            leavingFirst += slot[x] == t1 ? 1 : 0;
            addIfPresent(meetingAt[first[x]][to]);
            addIfPresent(meetingAt[second[x]][to]);
        }
        int leavingOther = chainSize - leavingFirst;
        if (load[t1] - leavingFirst + leavingOther > tables || load[other] - leavingOther + leavingFirst > tables
                || !precedencesHold(t1, other)) {
            clearChain();
            return false;
        }
        swapChain(t1, other);
        touchedSize = 0;
        for (int i = 0; i < chainSize; i++) {
            touch(first[chain[i]]);
            touch(second[chain[i]]);
        }
        return true;
    }

    /** Takes back the last successful {@link #move}. */
    void undo(int t1, int other) {
        swapChain(t1, other);
        for (int i = 0; i < touchedSize; i++) {
            int p = touched[i];
            setScore(p, previousBreaks[p], previousCost[p]);
        }
        forget();
    }

    /** Keeps the last successful {@link #move}. */
    void keep() {
        forget();
    }

    Map<String, Integer> slots() {
        Map<String, Integer> slots = new java.util.HashMap<>();
        for (int m = 0; m < slot.length; m++) {
            slots.put(domain.instance.meetings().get(m).id(), slot[m]);
        }
        return slots;
    }

    private void forget() {
        clearChain();
        for (int i = 0; i < touchedSize; i++) {
            isTouched[touched[i]] = false;
        }
        touchedSize = 0;
    }

    private void touch(int p) {
        if (!isTouched[p]) {
            isTouched[p] = true;
            touched[touchedSize++] = p;
            previousBreaks[p] = breaks[p];
            previousCost[p] = cost[p];
            setScore(p, breaksOf(busy[p]), costOf(busy[p]));
        }
    }

    private void setScore(int p, int newBreaks, int newCost) {
        if (breaks[p] == 0 && newBreaks > 0) {
            withBreakIndex[p] = withBreakCount;
            withBreak[withBreakCount++] = p;
        } else if (breaks[p] > 0 && newBreaks == 0) {
            int last = withBreak[--withBreakCount];
            withBreak[withBreakIndex[p]] = last;
            withBreakIndex[last] = withBreakIndex[p];
        }
        breaksHistogram[breaks[p]]--;
        breaksHistogram[newBreaks]++;
        totalBreaks += newBreaks - breaks[p];
        totalCost += newCost - cost[p];
        breaks[p] = newBreaks;
        cost[p] = newCost;
    }

    private void swapChain(int t1, int other) {
        for (int i = 0; i < chainSize; i++) {
            remove(chain[i]);
        }
        for (int i = 0; i < chainSize; i++) {
            int x = chain[i];
            place(x, slot[x] == t1 ? other : t1);
        }
    }

    private boolean precedencesHold(int t1, int other) {
        for (int i = 0; i < chainSize; i++) {
            int x = chain[i];
            int mine = swapped(x, t1, other);
            for (int e : domain.before[x]) {
                if (swapped(e, t1, other) >= mine) {
                    return false;
                }
            }
            for (int e : after[x]) {
                if (swapped(e, t1, other) <= mine) {
                    return false;
                }
            }
        }
        return true;
    }

    private int swapped(int x, int t1, int other) {
        return !inChain[x] ? slot[x] : slot[x] == t1 ? other : t1;
    }

    private void add(int m) {
        steps++;
        inChain[m] = true;
        chain[chainSize++] = m;
    }

    private void addIfPresent(int m) {
        if (m >= 0 && !inChain[m]) {
            add(m);
        }
    }

    private void clearChain() {
        for (int i = 0; i < chainSize; i++) {
            inChain[chain[i]] = false;
        }
    }

    private void place(int m, int s) {
        slot[m] = s;
        meetingAt[first[m]][s] = m;
        meetingAt[second[m]][s] = m;
        load[s]++;
        busy[first[m]] |= 1L << s;
        busy[second[m]] |= 1L << s;
    }

    private void remove(int m) {
        int s = slot[m];
        meetingAt[first[m]][s] = -1;
        meetingAt[second[m]][s] = -1;
        load[s]--;
        busy[first[m]] &= ~(1L << s);
        busy[second[m]] &= ~(1L << s);
    }

    private int breaksOf(long slots) {
        int count = 0;
        for (long block : blockMasks) {
            long inside = slots & block;
            if (inside != 0) {
                count += Long.bitCount(inside & ~(inside << 1)) - 1;
            }
        }
        return count;
    }

    private int costOf(long slots) {
        int total = 0;
        for (long block : blockMasks) {
            long inside = slots & block;
            if (inside != 0) {
                int runs = Long.bitCount(inside & ~(inside << 1));
                int span = 64 - Long.numberOfLeadingZeros(inside) - Long.numberOfTrailingZeros(inside);
                total += BREAK_COST * (runs - 1) + span - Long.bitCount(inside);
            }
        }
        return total;
    }

    private int unfairness() {
        if (fairness == null) {
            return 0;
        }
        int fewest = 0;
        while (breaksHistogram[fewest] == 0) {
            fewest++;
        }
        int most = breaksHistogram.length - 1;
        while (breaksHistogram[most] == 0) {
            most--;
        }
        return Math.max(0, most - fewest - fairness);
    }

    private static int[][] successors(AllMeetingsDomain domain) {
        int[] counts = new int[domain.meetingCount()];
        for (int[] before : domain.before) {
            for (int e : before) {
                counts[e]++;
            }
        }
        int[][] after = new int[domain.meetingCount()][];
        for (int m = 0; m < after.length; m++) {
            after[m] = new int[counts[m]];
            counts[m] = 0;
        }
        for (int m = 0; m < after.length; m++) {
            for (int e : domain.before[m]) {
                after[e][counts[e]++] = m;
            }
        }
        return after;
    }
}
