package eu.clusterbridge.directory;

/** An organisation was deleted; modules that refer to it by id drop their references in the same transaction. */
public record OrganisationDeleted(Long organisationId, String key) {
}
