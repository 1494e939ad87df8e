/**
 * Directory: organisations — cluster organisations and their members (companies, research centres,
 * universities, public bodies, investors) — with their structured profiles, one record per real organisation
 * (other spellings kept as aliases). Offers {@link eu.clusterbridge.directory.Organisations} to other modules
 * and the organisation pages and REST API. Publishes {@link eu.clusterbridge.directory.OrganisationChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package eu.clusterbridge.directory;
