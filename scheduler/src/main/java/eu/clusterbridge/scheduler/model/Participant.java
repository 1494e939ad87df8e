package eu.clusterbridge.scheduler.model;

import java.util.Set;

/**
 * Someone who holds meetings.
 *
 * @param unavailable slots in which the participant cannot meet
 * @param maxMeetings cap on the participant's meetings, or {@code null} for none
 * @param company     the company the participant belongs to (for one-meeting-per-company), or {@code null}
 * @param table       the table the participant hosts at, or {@code null} if they use the shared tables
 */
public record Participant(String id, Set<Integer> unavailable, Integer maxMeetings, String company, Integer table) {

    public Participant {
        unavailable = Set.copyOf(unavailable);
    }

    public static Participant of(String id) {
        return new Participant(id, Set.of(), null, null, null);
    }

    public boolean isAvailable(int slot) {
        return !unavailable.contains(slot);
    }

    public boolean hostsAtOwnTable() {
        return table != null;
    }
}
