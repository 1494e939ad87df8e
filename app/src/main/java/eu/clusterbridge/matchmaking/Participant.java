package eu.clusterbridge.matchmaking;

/** A registered participant: a directory organisation (by id) taking part in one event. */
public record Participant(
        long id,
        long eventId,
        long organisationId,
        String displayName,
        String typeCode,
        String contactName,
        String contactEmail,
        String profile,
        Integer maxMeetings) {
}
