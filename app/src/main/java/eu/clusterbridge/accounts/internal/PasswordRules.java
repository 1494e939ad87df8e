package eu.clusterbridge.accounts.internal;

import eu.clusterbridge.shared.FieldChecks;

/** One place for what a password must be: long enough to resist guessing (NIST SP 800-63B: length, no composition rules). */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72; // bcrypt reads at most 72 bytes

    private PasswordRules() {
    }

    static void check(FieldChecks checks, String field, String password) {
        checks.required(field, password);
        if (password != null && !password.isEmpty()) {
            checks.when(password.length() < MIN_LENGTH, field, "at least " + MIN_LENGTH + " characters");
            checks.when(password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH, field,
                    "at most " + MAX_LENGTH + " bytes");
        }
    }
}
