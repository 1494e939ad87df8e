package eu.clusterbridge.accounts;

/** A validator published an organisation's profile: it is now public, in the API and in search. */
public record OrganisationPublished(long organisationId, long validatorAccountId) {
}
