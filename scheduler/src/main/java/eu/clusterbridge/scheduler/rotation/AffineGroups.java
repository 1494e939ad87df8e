package eu.clusterbridge.scheduler.rotation;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables of {@code k} without repeated pairs by construction: seat the people on a g × k grid (g prime, g ≥ k);
 * in round j, the person at (x, y) sits at table (x + j·y) mod g. Two people in the same column never meet;
 * two in different columns meet in exactly one round j = (x₁ − x₂)/(y₂ − y₁) mod g, which exists and is unique
 * because g is prime. So up to g rounds, every table one person per column. Empty seats (g·k − n of them,
 * at most g) fill the last column, so tables have k or k − 1 people.
 */
final class AffineGroups {

    private AffineGroups() {
    }

    /** The prime g that fits n people at tables of k (k − 1 with an empty seat), or 0 if none does. */
    static int grid(int n, int k) {
        for (int g = Math.max(2, k); (long) g * (k - 1) <= n; g++) {
            if (isPrime(g) && (long) g * k >= n) {
                return g;
            }
        }
        return 0;
    }

    static List<Rotation.Round> rounds(List<String> people, int k, int roundCount, int g) {
        int empty = g * k - people.size();
        String[][] seat = new String[g][k];
        int next = 0;
        for (int y = 0; y < k; y++) {
            for (int x = 0; x < g; x++) {
                boolean emptySeat = y == k - 1 && x < empty;
                seat[x][y] = emptySeat ? null : people.get(next++);
            }
        }
        List<Rotation.Round> rounds = new ArrayList<>();
        for (int j = 0; j < roundCount; j++) {
            List<List<String>> tables = new ArrayList<>();
            for (int t = 0; t < g; t++) {
                tables.add(new ArrayList<>());
            }
            for (int x = 0; x < g; x++) {
                for (int y = 0; y < k; y++) {
                    if (seat[x][y] != null) {
                        tables.get(Math.floorMod(x + j * y, g)).add(seat[x][y]);
                    }
                }
            }
            tables.removeIf(List::isEmpty);
            rounds.add(new Rotation.Round(j + 1, tables, List.of()));
        }
        return rounds;
    }

    private static boolean isPrime(int g) {
        for (int d = 2; (long) d * d <= g; d++) {
            if (g % d == 0) {
                return false;
            }
        }
        return g >= 2;
    }
}
