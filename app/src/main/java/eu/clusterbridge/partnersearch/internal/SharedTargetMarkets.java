package eu.clusterbridge.partnersearch.internal;

import java.util.List;

import eu.clusterbridge.partnersearch.Signal;

/** Rule: partners who target the same export markets can go there together; the share of the smaller market list in common counts. */
public final class SharedTargetMarkets implements ScoringSignal {

    private final Names names;

    public SharedTargetMarkets(Names names) {
        this.names = names;
    }

    @Override
    public Signal signal() {
        return Signal.TARGET_MARKETS;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        List<String> shared = candidate.markets().stream().filter(seeker.markets()::contains).toList();
        if (shared.isEmpty()) {
            return Score.NONE;
        }
        double overlap = (double) shared.size() / Math.min(seeker.markets().size(), candidate.markets().size());
        return new Score(overlap, "Both target " + names.countries(shared));
    }
}
