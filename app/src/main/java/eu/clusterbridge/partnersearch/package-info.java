/**
 * Partner search: explainable recommendations of complementary partners for an organisation, for a partnership
 * (who could fill its gaps) or for a free-text need. Candidates come from the directory's search index and the
 * co-partnership network; they are re-ranked by small scoring signals (text, sector, value-chain stages, target
 * markets, geography, triple helix, network), each weighted by {@link eu.clusterbridge.partnersearch.RecommendationWeights}
 * and explained in plain words. Offers {@link eu.clusterbridge.partnersearch.PartnerRecommendations}, the pages
 * under {@code /partners} and {@code /api/.../recommendations}. Consumes the partnerships module's PartnershipChanged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner search")
package eu.clusterbridge.partnersearch;
