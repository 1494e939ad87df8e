/**
 * Partner search: explainable recommendations of complementary partners for an organisation, for a partnership
 * (who could fill its gaps) or for a free-text need. Candidates come from the directory's search index and the
 * co-partnership network; they are re-ranked by small scoring signals (text, sector, value-chain stages, target
 * markets, geography, triple helix, network), each weighted by {@link eu.clusterbridge.partnersearch.RecommendationWeights}
 * and explained in plain words. Offers {@link eu.clusterbridge.partnersearch.PartnerRecommendations}, the pages
 * under {@code /partners} and {@code /api/.../recommendations}. Consumes the partnerships module's PartnershipChanged.
 * <p>
 * Also partner-search requests ({@code requests} sub-package, decision 0010): members post what their organisation
 * seeks or offers (sector, stage, countries, deadline, linked calendar or matchmaking event); others follow,
 * express interest and comment; the poster and followers are told through the accounts module's
 * {@code Notifications}; each request is matched to organisations (the recommendations above) and to other
 * requests; requests expire after their deadline (a scheduled job). A person's shortlist of organisations and
 * messages to an organisation's owners and editors ("contact through the platform") live here too. Pages under
 * {@code /partner-requests}, {@code /shortlist}, {@code /organisations/{key}/contact}; API {@code /api/partner-requests}.
 * Consumes the accounts module's AccountDeleted and the directory's OrganisationDeleted (erasure).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner search")
package eu.clusterbridge.partnersearch;
