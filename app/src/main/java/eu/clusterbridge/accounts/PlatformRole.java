package eu.clusterbridge.accounts;

/** Roles on the whole platform, granted as {@code ROLE_ADMINISTRATOR}, {@code ROLE_VALIDATOR}, {@code ROLE_COMMUNITY_EDITOR}. */
public enum PlatformRole {
    ADMINISTRATOR, VALIDATOR, COMMUNITY_EDITOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
