package eu.clusterbridge.matchmaking;

import java.util.List;

/**
 * A change of the schedule board that would double-book someone or something, found by the checks in code or,
 * when two changes race, by the database's unique constraints. The API answers 409 with the conflicts.
 */
public class BoardConflict extends RuntimeException {

    private final List<String> conflicts;

    public BoardConflict(List<String> conflicts) {
        super(String.join("; ", conflicts));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<String> conflicts() {
        return conflicts;
    }
}
