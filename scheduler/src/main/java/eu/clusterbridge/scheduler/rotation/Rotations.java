package eu.clusterbridge.scheduler.rotation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generates speed-networking rotations.
 * <ul>
 *   <li>{@link #pairs}: everyone meets everyone exactly once, in pairs (the circle method: one participant stays
 *   put, the others turn one seat per round; with an odd number one seat is the bye).</li>
 *   <li>{@link #groups}: tables of {@code k} for {@code r} rounds with no pair meeting twice (the social golfer
 *   problem). By construction ({@link AffineGroups}) whenever a prime grid fits the numbers; otherwise round by
 *   round by a randomised greedy with restarts from a fixed seed, which says so when it finds nothing.</li>
 * </ul>
 */
public final class Rotations {

    private static final int ATTEMPTS = 200;
    private static final int RESTARTS = 200;

    private Rotations() {
    }

    public static Rotation pairs(List<String> participants) {
        requireDistinct(participants);
        List<String> seats = new ArrayList<>(participants);
        if (seats.size() % 2 == 1) {
            seats.add(null); // whoever sits opposite the empty seat has the bye
        }
        int n = seats.size();
        List<Rotation.Round> rounds = new ArrayList<>();
        for (int round = 0; round < n - 1; round++) {
            List<List<String>> tables = new ArrayList<>();
            List<String> byes = new ArrayList<>();
            for (int i = 0; i < n / 2; i++) {
                String a = seats.get(i);
                String b = seats.get(n - 1 - i);
                if (a == null || b == null) {
                    byes.add(a == null ? b : a);
                } else {
                    tables.add(List.of(a, b));
                }
            }
            rounds.add(new Rotation.Round(round + 1, tables, byes));
            seats.add(1, seats.remove(n - 1)); // seat 0 stays, the others turn
        }
        return new Rotation(rounds);
    }

    /**
     * @param size   people per table (the last tables of a round may have one fewer when the numbers do not divide)
     * @throws IllegalArgumentException if the rounds cannot be made without a repeated pair
     */
    public static Rotation groups(List<String> participants, int size, int roundCount, long seed) {
        requireDistinct(participants);
        int n = participants.size();
        if (size < 2 || size > n) {
            throw new IllegalArgumentException("a table needs between 2 and " + n + " people, not " + size);
        }
        if (roundCount < 1 || (long) roundCount * (size - 1) > n - 1) {
            throw new IllegalArgumentException(roundCount + " rounds at tables of " + size + " would need more than the "
                    + (n - 1) + " other participants each person can meet; at most " + (n - 1) / (size - 1) + " rounds");
        }
        int grid = AffineGroups.grid(n, size);
        if (grid > 0 && roundCount <= grid) {
            return new Rotation(AffineGroups.rounds(participants, size, roundCount, grid));
        }
        Random random = new Random(seed);
        // An early round can leave no way to seat a later one: start over, up to RESTARTS times.
        for (int restart = 0; restart < RESTARTS; restart++) {
            List<Rotation.Round> rounds = tryRounds(participants, size, roundCount, random);
            if (rounds != null) {
                return new Rotation(rounds);
            }
        }
        throw new IllegalArgumentException("no " + roundCount + " rounds at tables of " + size + " without a repeated pair were found; "
                + "try fewer rounds or other table sizes");
    }

    private static List<Rotation.Round> tryRounds(List<String> participants, int size, int roundCount, Random random) {
        Set<String> met = new HashSet<>();
        List<Rotation.Round> rounds = new ArrayList<>();
        for (int round = 1; round <= roundCount; round++) {
            List<List<String>> tables = null;
            for (int attempt = 0; attempt < ATTEMPTS && tables == null; attempt++) {
                tables = tryRound(participants, size, met, random);
            }
            if (tables == null) {
                return null;
            }
            for (List<String> table : tables) {
                for (String a : table) {
                    for (String b : table) {
                        met.add(a + "\u0000" + b);
                    }
                }
            }
            rounds.add(new Rotation.Round(round, tables, List.of()));
        }
        return rounds;
    }

    /** One round: people in random order, each to the fullest table with room where they know nobody. */
    private static List<List<String>> tryRound(List<String> participants, int size, Set<String> met, Random random) {
        int tableCount = (participants.size() + size - 1) / size;
        int larger = participants.size() - tableCount * (size - 1); // tables of `size`; the rest have size - 1
        List<List<String>> tables = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            tables.add(new ArrayList<>());
        }
        List<String> order = new ArrayList<>(participants);
        Collections.shuffle(order, random);
        for (String person : order) {
            List<String> best = null;
            for (int t = 0; t < tableCount; t++) {
                List<String> table = tables.get(t);
                int capacity = t < larger ? size : size - 1;
                if (table.size() < capacity && table.stream().noneMatch(other -> met.contains(person + "\u0000" + other))
                        && (best == null || table.size() > best.size())) {
                    best = table;
                }
            }
            if (best == null) {
                return null;
            }
            best.add(person);
        }
        return tables;
    }

    private static void requireDistinct(List<String> participants) {
        if (new HashSet<>(participants).size() != participants.size() || participants.contains(null)) {
            throw new IllegalArgumentException("participants must be distinct and named");
        }
        if (participants.size() < 2) {
            throw new IllegalArgumentException("speed networking needs at least two participants");
        }
    }
}
