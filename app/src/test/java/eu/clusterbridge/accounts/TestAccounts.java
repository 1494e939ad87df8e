package eu.clusterbridge.accounts;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import eu.clusterbridge.accounts.internal.AccessTokens;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccountPrincipal;
import eu.clusterbridge.accounts.internal.AccountRepository;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationProfile;
import eu.clusterbridge.directory.Organisations;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/**
 * Real accounts, tokens and organisations for tests, made through the application's own services (no mocks):
 * a verified account with roles, a browser session for it, a personal access token for the API.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a-test-password-long-enough";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccessTokens tokens;
    private final Organisations organisations;
    private final Memberships memberships;

    public TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(AccountRepository.class);
        this.passwords = context.getBean(PasswordEncoder.class);
        this.tokens = context.getBean(AccessTokens.class);
        this.organisations = context.getBean(Organisations.class);
        this.memberships = context.getBean(Memberships.class);
    }

    /** A verified account with a unique address and the given platform roles. */
    public Account create(String name, PlatformRole... roles) {
        Account account = new Account(name + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + "@test.example",
                name, passwords.encode(PASSWORD));
        account.markVerified();
        Arrays.stream(roles).forEach(account::grant);
        return accounts.save(account);
    }

    public Account administrator() {
        return accounts.findByEmail("admin@test.localhost").orElseThrow();
    }

    /** Signs the request in as this account, as a browser session would be. */
    public static RequestPostProcessor session(Account account) {
        AccountPrincipal principal = new AccountPrincipal(account);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** A live personal access token of the account, with every scope unless told otherwise. */
    public String token(Account account, TokenScope... scopes) {
        List<TokenScope> chosen = scopes.length == 0 ? List.of(TokenScope.values()) : List.of(scopes);
        return tokens.issue(account.getId(), "test", chosen.stream().map(TokenScope::value).toList(), 1).secret();
    }

    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** A new draft cluster organisation with the given people in their roles (accounts may be null). */
    public Organisation draftOrganisation(String name, Account owner, Account editor, Account member) {
        Organisation organisation = organisations.create(new OrganisationProfile(name + " " + SEQUENCE.incrementAndGet(), List.of(),
                "CLUSTER_ORGANISATION", "PT", null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null));
        if (owner != null) {
            memberships.join(owner.getId(), organisation.getId(), OrganisationRole.OWNER);
        }
        if (editor != null) {
            memberships.join(editor.getId(), organisation.getId(), OrganisationRole.EDITOR);
        }
        if (member != null) {
            memberships.join(member.getId(), organisation.getId(), OrganisationRole.MEMBER);
        }
        return organisation;
    }
}
