package eu.clusterbridge.partnersearch.internal;

import eu.clusterbridge.partnersearch.Signal;

/** One rule of the ranking: how well a candidate fits the seeker in one respect, 0 to 1, and why in words. */
public interface ScoringSignal {

    Signal signal();

    Score score(Seeker seeker, Candidate candidate);

    /** A signal's value (0 to 1) and its reason, {@code null} when there is nothing worth saying. */
    record Score(double value, String reason) {

        public static final Score NONE = new Score(0, null);

        public Score {
            if (value < 0 || value > 1 || Double.isNaN(value)) {
                throw new IllegalArgumentException("a signal's value is between 0 and 1, not " + value);
            }
        }
    }
}
