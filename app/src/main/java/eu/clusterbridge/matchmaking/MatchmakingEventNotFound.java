package eu.clusterbridge.matchmaking;

import eu.clusterbridge.shared.NotFound;

public class MatchmakingEventNotFound extends NotFound {

    public MatchmakingEventNotFound(Object idOrKey) {
        super("matchmaking event", idOrKey);
    }
}
