package eu.clusterbridge.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import eu.clusterbridge.shared.FieldChecks;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with e-mail verification. The answer never tells whether an address already has an account (no user
 * enumeration): a second sign-up with a known address sends that address a note instead of a new account.
 */
@Service
@Transactional
public class SignUps {

    static final Duration VERIFICATION_VALIDITY = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final EmailTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final MailOutbox mail;
    private final AuditLog audit;

    SignUps(AccountRepository accounts, EmailTokenRepository tokens, PasswordEncoder passwords, MailOutbox mail, AuditLog audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwords = passwords;
        this.mail = mail;
        this.audit = audit;
    }

    public record SignUpForm(String email, String displayName, String password) {
    }

    /** Validates the form (throws InvalidInput) and sends the verification or "you already have an account" e-mail. */
    public void signUp(SignUpForm form) {
        FieldChecks checks = new FieldChecks()
                .required("email", form.email()).email("email", form.email())
                .required("displayName", form.displayName()).maxLength("displayName", form.displayName(), 120);
        PasswordRules.check(checks, "password", form.password());
        checks.orThrow();
        String email = Account.normalise(form.email());
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            mail.send(email, "Your ClusterBridge account",
                    "Someone (maybe you) tried to sign up with this address, which already has an account. "
                            + "If you forgot your password, reset it here:", "/password-reset");
            return;
        }
        Account account = accounts.save(new Account(email, form.displayName().strip(), passwords.encode(form.password())));
        String secret = Secrets.newSecret();
        tokens.save(new EmailToken(account.getId(), EmailToken.Purpose.VERIFY_EMAIL, Secrets.hash(secret),
                Instant.now().plus(VERIFICATION_VALIDITY)));
        audit.record(account.getId(), "ACCOUNT_CREATED", email);
        mail.send(email, "Confirm your e-mail address for ClusterBridge",
                "Welcome to ClusterBridge, " + account.getDisplayName() + ". Confirm your address within 24 hours:",
                "/signup/verify?token=" + secret);
    }

    /** Confirms an address from the e-mailed link; false if the link is unknown, used or expired. */
    public boolean verify(String secret) {
        if (secret == null || secret.isBlank()) {
            return false;
        }
        Optional<EmailToken> token = tokens.findByTokenHash(Secrets.hash(secret))
                .filter(t -> t.isUsable(EmailToken.Purpose.VERIFY_EMAIL, Instant.now()));
        token.ifPresent(t -> {
            t.use();
            accounts.findById(t.getAccountId()).ifPresent(account -> {
                account.markVerified();
                audit.record(account.getId(), "EMAIL_VERIFIED", account.getEmail());
            });
        });
        return token.isPresent();
    }
}
