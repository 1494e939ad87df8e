package eu.clusterbridge.accounts;

/** One organisation a person belongs to, and in which role. */
public record Membership(long organisationId, OrganisationRole role) {
}
