package eu.clusterbridge.accounts;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * The person behind a request, the same for a browser session and a personal access token. Other modules get
 * it with {@link #of(Authentication)} and refer to the account by {@link #accountId()} only.
 */
public record SignedInAccount(long accountId, String email, String displayName) {

    /** Implemented by the principals of both ways of signing in. */
    public interface Holder {
        SignedInAccount account();
    }

    public static Optional<SignedInAccount> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof SignedInAccount account) {
            return Optional.of(account);
        }
        return principal instanceof Holder holder ? Optional.of(holder.account()) : Optional.empty();
    }

    /** The account of an authentication that must have one (endpoints that require signing in). */
    public static SignedInAccount required(Authentication authentication) {
        return of(authentication).orElseThrow(() -> new IllegalStateException("not signed in with an account"));
    }
}
