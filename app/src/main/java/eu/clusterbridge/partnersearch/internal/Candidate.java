package eu.clusterbridge.partnersearch.internal;

import java.util.List;
import java.util.Set;

import eu.clusterbridge.taxonomy.TripleHelix;

/**
 * An organisation being considered, with what retrieval found out about it: its text relevance (the search
 * index's score divided by the best score among all candidates, so between 0 and 1) and how many of the seeker's
 * partners it has partnered with. {@code text} is the profile text the explanation takes shared words from.
 */
public record Candidate(Long id, String key, String name, String type, TripleHelix helix, String country, String region,
                        List<String> sectors, List<String> stages, List<String> markets, String text,
                        double textRelevance, int commonPartners) {

    public Candidate {
        sectors = List.copyOf(sectors);
        stages = List.copyOf(stages);
        markets = List.copyOf(markets);
    }

    /** The content words of the candidate's profile text, computed when an explanation needs them. */
    public Set<String> words() {
        return Words.of(text);
    }
}
