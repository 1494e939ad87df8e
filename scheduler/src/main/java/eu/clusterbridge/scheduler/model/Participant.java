package eu.clusterbridge.scheduler.model;

import java.util.Set;

/**
 * Someone who holds meetings.
 *
 * @param unavailable slots in which the participant cannot meet
 * @param maxMeetings cap on the participant's meetings, or {@code null} for none
 * @param company     the company the participant belongs to (for one-meeting-per-company), or {@code null}
 * @param table       the table the participant hosts at, or {@code null} if they use the shared tables
 * @param maxMeetingsPerBlock cap on the participant's meetings in each block (session, day), or {@code null}
 *                    for none; a JSON-only extension, select mode only
 */
public record Participant(String id, Set<Integer> unavailable, Integer maxMeetings, String company, Integer table,
                          Integer maxMeetingsPerBlock) {

    public Participant {
        unavailable = Set.copyOf(unavailable);
    }

    /** A participant without a per-block cap (the published format has none). */
    public Participant(String id, Set<Integer> unavailable, Integer maxMeetings, String company, Integer table) {
        this(id, unavailable, maxMeetings, company, table, null);
    }

    public Participant withMaxMeetingsPerBlock(Integer cap) {
        return new Participant(id, unavailable, maxMeetings, company, table, cap);
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
