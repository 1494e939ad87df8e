package eu.clusterbridge.matchmaking;

/** What a marketplace item of a participant is: something offered, something sought, or a kind of cooperation. */
public enum ItemKind {
    OFFER, REQUEST, COOPERATION
}
