package eu.clusterbridge.matchmaking;

/** A participant as the check-in desk sees them: who, whether they came, and how many meetings they have. */
public record OnSiteParticipant(Participant participant, Presence presence, int meetings) {
}
