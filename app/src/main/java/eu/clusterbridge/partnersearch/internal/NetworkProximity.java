package eu.clusterbridge.partnersearch.internal;

import eu.clusterbridge.partnersearch.Signal;

/**
 * Rule: organisations that partnered with the seeker's partners are likely, trusted partners; n such ties count
 * n / (n + 1), so the first tie matters most.
 */
public final class NetworkProximity implements ScoringSignal {

    @Override
    public Signal signal() {
        return Signal.NETWORK;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        int ties = candidate.commonPartners();
        if (ties == 0) {
            return Score.NONE;
        }
        String reason = seeker.kind() == Seeker.Kind.PARTNERSHIP
                ? "Has worked with " + ties + " of the partners"
                : ties + (ties == 1 ? " common past partner" : " common past partners");
        return new Score(ties / (ties + 1.0), reason);
    }
}
