package eu.clusterbridge.accounts;

/** A person deleted their account (GDPR erasure): modules holding data about the account remove it. */
public record AccountDeleted(long accountId) {
}
