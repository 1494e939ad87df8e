package eu.clusterbridge.accounts;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a personal access token may do, granted as the authority {@code SCOPE_<value>}. A token never does more
 * than its owner could: the roles are checked as well.
 */
public enum TokenScope {
    READ_ACCOUNT("read:account", "read your account and memberships"),
    WRITE_ORGANISATIONS("write:organisations", "create and change organisation profiles you edit"),
    WRITE_PARTNERSHIPS("write:partnerships", "create and change partnerships (administrators)"),
    IMPORT_DATA("import:data", "import data sets (administrators)"),
    WRITE_MATCHMAKING("write:matchmaking", "set up and run matchmaking events you organise"),
    WRITE_PARTNER_REQUESTS("write:partner-requests", "post, follow, answer and comment on partner-search requests");

    private final String value;
    private final String description;

    TokenScope(String value, String description) {
        this.value = value;
        this.description = description;
    }

    public String value() { return value; }
    public String description() { return description; }

    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<TokenScope> of(String value) {
        return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
    }
}
