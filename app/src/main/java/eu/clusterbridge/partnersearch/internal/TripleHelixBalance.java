package eu.clusterbridge.partnersearch.internal;

import eu.clusterbridge.partnersearch.Signal;
import eu.clusterbridge.taxonomy.TripleHelix;

/** Rule: a consortium is stronger with industry, research and public partners; a candidate from a helix it lacks counts 1. */
public final class TripleHelixBalance implements ScoringSignal {

    @Override
    public Signal signal() {
        return Signal.TRIPLE_HELIX;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        if (seeker.kind() == Seeker.Kind.NEED || candidate.helix() == TripleHelix.NONE || seeker.helices().contains(candidate.helix())) {
            return Score.NONE;
        }
        return new Score(1, "Adds " + Names.helix(candidate.helix()) + " to the consortium");
    }
}
