package eu.clusterbridge.accounts.internal;

import java.time.Instant;
import java.util.List;

import eu.clusterbridge.accounts.AccountDeleted;
import eu.clusterbridge.accounts.Membership;
import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The GDPR rights of a person over their account: a copy of everything kept about them, and erasure. */
@Service
@Transactional
public class AccountData {

    private final AccountRepository accounts;
    private final Memberships memberships;
    private final AccessTokens tokens;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    AccountData(AccountRepository accounts, Memberships memberships, AccessTokens tokens, AuditLog audit, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
    }

    /** Everything stored about one account (never a password or token hash), as the "download my data" file. */
    public record Export(long id, String email, String displayName, Instant createdAt, Instant verifiedAt, List<String> platformRoles,
                         List<Membership> memberships, List<TokenSummary> accessTokens, List<AuditLog.Entry> activity) {
    }

    public record TokenSummary(String name, List<String> scopes, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    @Transactional(readOnly = true)
    public Account get(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new IllegalStateException("account " + accountId + " is gone"));
    }

    /** Accounts by id, for the pages that list an organisation's people. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Account> byIds(java.util.Collection<Long> ids) {
        return accounts.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(Account::getId, a -> a));
    }

    @Transactional(readOnly = true)
    public Export export(long accountId) {
        Account account = get(accountId);
        return new Export(account.getId(), account.getEmail(), account.getDisplayName(), account.getCreatedAt(), account.getVerifiedAt(),
                account.getPlatformRoles().stream().map(Enum::name).sorted().toList(), memberships.organisationsOf(accountId),
                tokens.of(accountId).stream().map(t -> new TokenSummary(t.getName(), t.getScopes(), t.getCreatedAt(), t.getExpiresAt(),
                        t.getRevokedAt(), t.getLastUsedAt())).toList(),
                audit.ofAccount(accountId));
    }

    /**
     * Erases the account with its roles, tokens and e-mailed links (database cascades). Refused while it is the
     * only owner of an organisation, which must keep one. The audit log keeps the bare id of past actions.
     */
    public void delete(long accountId) {
        List<Long> sole = memberships.soleOwnerships(accountId);
        if (!sole.isEmpty()) {
            throw InvalidInput.of("account", "you are the only owner of " + sole.size()
                    + " organisation(s): make someone else owner (or delete the organisation) first");
        }
        accounts.delete(get(accountId));
        audit.record(accountId, "ACCOUNT_DELETED", "account " + accountId);
        events.publishEvent(new AccountDeleted(accountId));
    }
}
