package eu.clusterbridge.accounts;

/** A validator returned a submitted profile to its editors with reasons. */
public record OrganisationReturned(long organisationId, long validatorAccountId, String reasons) {
}
