package eu.clusterbridge.matchmaking;

/** One side's answer to the outcome survey of a meeting; {@code answeredBy} is who filled it (the organiser may, on behalf). */
public record SurveyAnswer(long meetingId, long participantId, MeetingOutcome outcome, String comment, String answeredBy) {
}
