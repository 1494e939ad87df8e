package eu.clusterbridge.partnersearch;

import java.util.List;
import java.util.Set;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.internal.CandidateRetrieval;
import eu.clusterbridge.partnersearch.internal.CoPartnershipGraph;
import eu.clusterbridge.partnersearch.internal.Names;
import eu.clusterbridge.partnersearch.internal.NeedReader;
import eu.clusterbridge.partnersearch.internal.PartnershipNetwork;
import eu.clusterbridge.partnersearch.internal.Ranker;
import eu.clusterbridge.partnersearch.internal.RequestChecks;
import eu.clusterbridge.partnersearch.internal.Seeker;
import eu.clusterbridge.partnersearch.internal.SeekerFactory;
import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.PartnershipNotFound;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recommends partners for an organisation, a partnership or a free-text need: candidates from the search index
 * and the co-partnership network, ranked by the weighted signals, each result explained. Unknown ids throw the
 * directory's or partnerships' not-found errors; bad filters throw {@link eu.clusterbridge.shared.InvalidInput}.
 */
@Service
@Transactional(readOnly = true)
public class PartnerRecommendations {

    private final Organisations organisations;
    private final Partnerships partnerships;
    private final PartnershipNetwork network;
    private final CandidateRetrieval retrieval;
    private final RecommendationWeights weights;
    private final Names names;
    private final SeekerFactory seekers;
    private final RequestChecks checks;
    private final Ranker ranker;

    PartnerRecommendations(Organisations organisations, Partnerships partnerships, PartnershipNetwork network,
                           CandidateRetrieval retrieval, RecommendationWeights weights, Taxonomy taxonomy) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.network = network;
        this.retrieval = retrieval;
        this.weights = weights;
        this.names = new Names(taxonomy);
        this.seekers = new SeekerFactory(names, new NeedReader(taxonomy));
        this.checks = new RequestChecks(taxonomy);
        this.ranker = new Ranker(names);
    }

    /** The weights set in the configuration. */
    public RecommendationWeights weights() {
        return weights;
    }

    public Recommendations forOrganisation(Long organisationId, RecommendationFilters filters) {
        return forOrganisation(organisationId, filters, weights);
    }

    /** With other weights than the configured ones: for the evaluation's baseline and for experiments. */
    public Recommendations forOrganisation(Long organisationId, RecommendationFilters filters, RecommendationWeights weights) {
        Organisation organisation = organisations.get(organisationId);
        check(filters);
        CoPartnershipGraph graph = network.graph();
        return rank(seekers.organisation(organisation, graph, filters.excludedPartnerships()), filters, weights, graph);
    }

    public Recommendations forPartnership(Long partnershipId, RecommendationFilters filters) {
        return forPartnership(partnershipId, filters, weights);
    }

    public Recommendations forPartnership(Long partnershipId, RecommendationFilters filters, RecommendationWeights weights) {
        return forPartnershipWithout(partnershipId, Set.of(), filters, weights);
    }

    /**
     * For a partnership as if some of its partners had not joined yet: the evaluation holds partners out this way
     * and asks where they rank.
     */
    public Recommendations forPartnershipWithout(Long partnershipId, Set<Long> leftOut, RecommendationFilters filters,
                                                 RecommendationWeights weights) {
        Partnership partnership = partnerships.get(partnershipId);
        check(filters);
        List<Long> partnerIds = partnership.getPartners().stream().map(Partner::organisationId).toList();
        Seeker seeker = seekers.partnership(partnership, organisations.byIds(partnerIds).values(), leftOut);
        return rank(seeker, filters, weights, network.graph());
    }

    public Recommendations forNeed(Need need, RecommendationFilters filters) {
        return forNeed(need, filters, weights);
    }

    public Recommendations forNeed(Need need, RecommendationFilters filters, RecommendationWeights weights) {
        checks.need(need, checks.filters(filters, this::partnershipExists)).orThrow();
        Seeker seeker = seekers.need(need);
        // "… partners in Portugal" is a wish to be taken literally, unless the request sets its own country filter.
        RecommendationFilters applied = filters.countries().isEmpty() && !seeker.wantedCountries().isEmpty()
                ? filters.inCountries(seeker.wantedCountries()) : filters;
        return rank(seeker, applied, weights, network.graph());
    }

    /** Throws {@link eu.clusterbridge.shared.InvalidInput} listing every bad filter. */
    public void check(RecommendationFilters filters) {
        checks.filters(filters, this::partnershipExists).orThrow();
    }

    private boolean partnershipExists(long id) {
        try {
            partnerships.get(id);
            return true;
        } catch (PartnershipNotFound notFound) {
            return false;
        }
    }

    private Recommendations rank(Seeker seeker, RecommendationFilters filters, RecommendationWeights weights, CoPartnershipGraph graph) {
        return new Recommendations(seeker.description(), weights,
                ranker.rank(seeker, retrieval.candidates(seeker, filters, graph, names), weights, filters.limit()));
    }
}
