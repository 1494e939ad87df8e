package eu.clusterbridge.partnersearch.internal;

import java.util.List;

import eu.clusterbridge.partnersearch.Signal;

/** Rule: sharing a sector means working on the same value chain; the share of the smaller sector list in common counts. */
public final class SectorOverlap implements ScoringSignal {

    private final Names names;

    public SectorOverlap(Names names) {
        this.names = names;
    }

    @Override
    public Signal signal() {
        return Signal.SECTOR;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        List<String> shared = candidate.sectors().stream().filter(seeker.sectors()::contains).toList();
        if (shared.isEmpty()) {
            return Score.NONE;
        }
        double overlap = (double) shared.size() / Math.min(seeker.sectors().size(), candidate.sectors().size());
        return new Score(overlap, "Same value chain — " + names.sectors(shared));
    }
}
