package eu.clusterbridge.accounts.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import eu.clusterbridge.accounts.PlatformRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator, so a new installation can be run at all (decision 0007, replacing 0005's operator):
 * created at start if no account has the configured address. The password comes only from the environment
 * ({@code CLUSTERBRIDGE_ADMIN_PASSWORD}); without it one is generated and logged once. An existing account is
 * never changed, so an administrator who changed their password keeps it.
 */
@Component
class BootstrapAdministrator {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final String email;
    private final String password;

    BootstrapAdministrator(AccountRepository accounts, PasswordEncoder passwords, AuditLog audit,
                           @Value("${clusterbridge.admin.email}") String email,
                           @Value("${clusterbridge.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.email = Account.normalise(email);
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensureAdministrator() {
        if (accounts.existsByEmail(email)) {
            return;
        }
        String secret = password;
        if (secret.isBlank()) {
            byte[] random = new byte[12];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
            log.warn("No CLUSTERBRIDGE_ADMIN_PASSWORD set: the administrator '{}' has the generated password {}", email, secret);
        }
        Account administrator = new Account(email, "Administrator", passwords.encode(secret));
        administrator.markVerified();
        administrator.grant(PlatformRole.ADMINISTRATOR);
        administrator.grant(PlatformRole.VALIDATOR);
        administrator.grant(PlatformRole.COMMUNITY_EDITOR);
        accounts.save(administrator);
        audit.record(administrator.getId(), "ADMINISTRATOR_BOOTSTRAPPED", email);
    }
}
