package eu.clusterbridge.partnersearch.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who partnered with whom, and in which partnerships: an immutable, in-memory graph (organisations are nodes, two
 * partners of one partnership are linked). Queries can leave out given partnerships, as if they had never existed.
 */
public final class CoPartnershipGraph {

    /** One partnership's partners, by organisation id. */
    public record Consortium(Long partnershipId, List<Long> partners) {
    }

    private final Map<Long, Map<Long, Set<Long>>> links = new HashMap<>();

    public CoPartnershipGraph(Collection<Consortium> consortia) {
        for (Consortium consortium : consortia) {
            for (Long a : consortium.partners()) {
                for (Long b : consortium.partners()) {
                    if (!a.equals(b)) {
                        links.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(b, k -> new HashSet<>()).add(consortium.partnershipId());
                    }
                }
            }
        }
    }

    /** The organisations {@code organisation} partnered with in any partnership but the excluded ones. */
    public Set<Long> partnersOf(Long organisation, Set<Long> excludedPartnerships) {
        Set<Long> partners = new HashSet<>();
        links.getOrDefault(organisation, Map.of()).forEach((partner, partnerships) -> {
            if (!excludedPartnerships.containsAll(partnerships)) {
                partners.add(partner);
            }
        });
        return partners;
    }

    /** The partners of every organisation in {@code organisations}, together. */
    public Set<Long> partnersOf(Collection<Long> organisations, Set<Long> excludedPartnerships) {
        Set<Long> partners = new HashSet<>();
        for (Long organisation : organisations) {
            partners.addAll(partnersOf(organisation, excludedPartnerships));
        }
        return partners;
    }

    /** How many of {@code others} the organisation partnered with (outside the excluded partnerships). */
    public int tiesWith(Long organisation, Set<Long> others, Set<Long> excludedPartnerships) {
        int ties = 0;
        for (Long partner : partnersOf(organisation, excludedPartnerships)) {
            if (others.contains(partner)) {
                ties++;
            }
        }
        return ties;
    }
}
