package eu.clusterbridge.directory;

/** A person created an organisation profile (not an import): published synchronously, inside the creating transaction. */
public record OrganisationCreated(long organisationId, String key) {
}
