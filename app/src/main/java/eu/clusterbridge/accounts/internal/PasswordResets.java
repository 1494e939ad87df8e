package eu.clusterbridge.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by an e-mailed one-time link, valid one hour; the answer is the same whether the address is known or not. */
@Service
@Transactional
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final EmailTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final AuditLog audit;

    PasswordResets(AccountRepository accounts, EmailTokenRepository tokens, PasswordEncoder passwords, MailOutbox mail, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.audit = audit;
    }

    public void request(String email) {
        new FieldChecks().required("email", email).email("email", email).orThrow();
        accounts.findByEmail(Account.normalise(email)).ifPresent(account -> {
            String secret = Secrets.newSecret();
            tokens.save(new EmailToken(account.getId(), EmailToken.Purpose.RESET_PASSWORD, Secrets.hash(secret), Instant.now().plus(VALIDITY)));
            audit.record(account.getId(), "PASSWORD_RESET_REQUESTED", account.getEmail());
            mail.send(account.getEmail(), "Reset your ClusterBridge password",
                    "Choose a new password within one hour:", "/password-reset/change?token=" + secret);
        });
    }

    public boolean isValid(String secret) {
        return usable(secret).isPresent();
    }

    /** Sets the new password; the link proves the mailbox, so the address counts as verified from now on. */
    public void reset(String secret, String newPassword) {
        FieldChecks checks = new FieldChecks();
        PasswordRules.check(checks, "password", newPassword);
        checks.orThrow();
        EmailToken token = usable(secret).orElseThrow(() -> InvalidInput.of("token", "the link is unknown, used or expired: ask for a new one"));
        token.use();
        Account account = accounts.findById(token.getAccountId()).orElseThrow();
        account.changePassword(passwords.encode(newPassword));
        account.markVerified();
        audit.record(account.getId(), "PASSWORD_RESET", account.getEmail());
    }

    private Optional<EmailToken> usable(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(Secrets.hash(secret)).filter(t -> t.isUsable(EmailToken.Purpose.RESET_PASSWORD, Instant.now()));
    }
}
