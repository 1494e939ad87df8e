package eu.clusterbridge.accounts;

/** An organisation's editor submitted its profile for validation. */
public record OrganisationSubmitted(long organisationId, long submitterAccountId) {
}
