/**
 * Partnerships: European Strategic Cluster Partnerships (ESCP-4i first and second generation, ESCP-S3),
 * INNOSUP-1 projects and other cluster partnerships, with their partners, objectives, activities, target
 * markets and results. Partners refer to directory organisations by id. Offers
 * {@link eu.clusterbridge.partnerships.Partnerships} to other modules and the partnership pages and REST API.
 * Publishes {@link eu.clusterbridge.partnerships.PartnershipChanged}; consumes the directory's OrganisationDeleted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package eu.clusterbridge.partnerships;
