package eu.clusterbridge.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.TokenScope;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API ({@code Authorization: Bearer cbpat_…}). The secret is shown once; only its
 * hash is kept. A token carries its owner's platform roles plus its scopes, and API rules ask for both.
 */
@Service
@Transactional
public class AccessTokens {

    public static final String PREFIX = "cbpat_";
    static final int MAX_DAYS = 366;

    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;

    AccessTokens(AccessTokenRepository tokens, AccountRepository accounts, AuditLog audit) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A new token and its secret, which the caller shows once. */
    public record Issued(AccessToken token, String secret) {
    }

    public Issued issue(long accountId, String name, List<String> scopes, Integer days) {
        FieldChecks checks = new FieldChecks().required("name", name).maxLength("name", name, 80)
                .required("days", days).range("days", days, 1, MAX_DAYS);
        checks.when(scopes == null || scopes.isEmpty(), "scopes", "choose at least one scope");
        Set<String> known = new LinkedHashSet<>();
        for (String scope : scopes == null ? List.<String>of() : scopes) {
            TokenScope.of(scope).ifPresentOrElse(s -> known.add(s.value()), () -> checks.fail("scopes", "unknown scope " + scope));
        }
        checks.orThrow();
        String secret = PREFIX + Secrets.newSecret();
        AccessToken token = tokens.save(new AccessToken(accountId, name.strip(), Secrets.hash(secret), new ArrayList<>(known),
                Instant.now().plus(Duration.ofDays(days))));
        audit.record(accountId, "TOKEN_CREATED", "'" + token.getName() + "' " + known);
        return new Issued(token, secret);
    }

    @Transactional(readOnly = true)
    public List<AccessToken> of(long accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId);
    }

    public void revoke(long accountId, long tokenId) {
        AccessToken token = tokens.findById(tokenId).filter(t -> t.getAccountId() == accountId)
                .orElseThrow(() -> InvalidInput.of("token", "no such token of yours"));
        token.revoke();
        audit.record(accountId, "TOKEN_REVOKED", "'" + token.getName() + "'");
    }

    /** The authentication a bearer secret stands for, if it is a live token of a verified account. */
    public Optional<Authentication> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return tokens.findByTokenHash(Secrets.hash(secret)).filter(t -> t.isActive(now)).flatMap(token -> {
            token.used(now);
            return accounts.findById(token.getAccountId()).filter(Account::isVerified).map(account -> {
                List<GrantedAuthority> authorities = new ArrayList<>(AccountPrincipal.authorities(account));
                token.getScopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
                SignedInAccount principal = new SignedInAccount(account.getId(), account.getEmail(), account.getDisplayName());
                return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
            });
        });
    }
}
