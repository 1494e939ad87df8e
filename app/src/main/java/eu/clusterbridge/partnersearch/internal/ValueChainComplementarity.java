package eu.clusterbridge.partnersearch.internal;

import java.util.List;

import eu.clusterbridge.partnersearch.Signal;

/**
 * Rule: on the same value chain (a shared sector, or the seeker names none), a candidate is worth the share of its
 * value-chain stages that the seeker does not cover yet — complementary partners, not look-alikes. For a need, the
 * stages it names are the ones wanted: a candidate is worth the share of them it covers.
 */
public final class ValueChainComplementarity implements ScoringSignal {

    private final Names names;

    public ValueChainComplementarity(Names names) {
        this.names = names;
    }

    @Override
    public Signal signal() {
        return Signal.VALUE_CHAIN;
    }

    @Override
    public Score score(Seeker seeker, Candidate candidate) {
        boolean sameChain = seeker.sectors().isEmpty() || candidate.sectors().stream().anyMatch(seeker.sectors()::contains);
        if (!sameChain || candidate.stages().isEmpty() || seeker.stages().isEmpty()) {
            return Score.NONE;
        }
        if (seeker.kind() == Seeker.Kind.NEED) {
            List<String> covered = candidate.stages().stream().filter(seeker.stages()::contains).toList();
            return covered.isEmpty() ? Score.NONE
                    : new Score((double) covered.size() / seeker.stages().size(), "Covers " + names.stages(covered) + ", as asked");
        }
        List<String> missing = candidate.stages().stream().filter(stage -> !seeker.stages().contains(stage)).toList();
        if (missing.isEmpty()) {
            return Score.NONE;
        }
        String reason = "You: " + names.stages(seeker.stages().stream().sorted().toList()) + "; they: " + names.stages(missing);
        return new Score((double) missing.size() / candidate.stages().size(), reason);
    }
}
