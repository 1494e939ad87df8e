/**
 * Directory: organisations — cluster organisations and their members (companies, research centres,
 * universities, public bodies, investors) — with their structured profiles, one record per real organisation
 * (other spellings kept as aliases). Offers {@link eu.clusterbridge.directory.Organisations} to other modules
 * and the organisation pages and REST API. Publishes {@link eu.clusterbridge.directory.OrganisationCreated} (synchronously, so the
 * accounts module makes the creator the owner in the same transaction) and
 * {@link eu.clusterbridge.directory.OrganisationDeleted}. Profiles carry a {@link eu.clusterbridge.directory.PublicationStatus}:
 * only published ones appear in lists, the API's lists, figures, exports and search.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package eu.clusterbridge.directory;
