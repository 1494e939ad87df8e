package eu.clusterbridge.accounts;

/** A person's role in one organisation: owners manage people and roles, editors change the profile, members read drafts. */
public enum OrganisationRole {
    OWNER, EDITOR, MEMBER;

    /** Owners and editors may change the organisation's profile. */
    public boolean canEdit() {
        return this != MEMBER;
    }
}
