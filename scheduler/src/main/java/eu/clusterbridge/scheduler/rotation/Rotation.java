package eu.clusterbridge.scheduler.rotation;

import java.util.List;

/**
 * Speed-networking rounds: in each round every participant sits at one table (a group of two or more) or has
 * a bye (sits out, when the numbers do not divide).
 */
public record Rotation(List<Round> rounds) {

    public Rotation {
        rounds = List.copyOf(rounds);
    }

    public record Round(int number, List<List<String>> tables, List<String> byes) {

        public Round {
            tables = tables.stream().map(List::copyOf).toList();
            byes = List.copyOf(byes);
        }
    }
}
