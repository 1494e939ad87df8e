package eu.clusterbridge.partnersearch.internal;

import java.util.List;

import eu.clusterbridge.partnersearch.Signal;

/** Rule: the more the candidate's name, description, competences and services match the seeker's words, the better. */
public final class TextRelevance implements ScoringSignal {

    private static final int SHOWN_WORDS = 3;

    @Override
    public Signal signal() {
        return Signal.TEXT;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        if (candidate.textRelevance() <= 0) {
            return Score.NONE;
        }
        List<String> shared = seeker.words().stream().filter(candidate.words()::contains).limit(SHOWN_WORDS).toList();
        String reason = shared.isEmpty() ? "Similar profile text"
                : "Matches " + String.join(", ", shared.stream().map(word -> "“" + word + "”").toList());
        return new Score(Math.min(1, candidate.textRelevance()), reason);
    }
}
