package eu.clusterbridge.accounts;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccountRepository;
import eu.clusterbridge.accounts.internal.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person that something happened, in the app (their notifications page, the unread count in the
 * navigation) and by e-mail. Lives in accounts because it needs the person's address and the mail outbox, both
 * private to this module; other modules pass an account id and never see the address (decision 0010).
 * <p>
 * The in-app notice is written in the caller's transaction; the e-mail is sent at once, and a mail server
 * failure is logged rather than undoing what the person did (the in-app notice still reaches them).
 */
@Service("notifications")
@Transactional(readOnly = true)
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final int SHOWN = 100;

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final MailOutbox mail;

    Notifications(JdbcClient jdbc, AccountRepository accounts, MailOutbox mail) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
    }

    /** Notifies an account; an unknown (deleted) account is skipped. {@code path} is the page to look at. */
    @Transactional
    public void send(long accountId, String subject, String text, String path) {
        Optional<Account> account = accounts.findById(accountId);
        if (account.isEmpty()) {
            return;
        }
        String shortSubject = subject.length() > 200 ? subject.substring(0, 199) + "…" : subject;
        jdbc.sql("insert into accounts_notification (account_id, subject, text, path) values (?, ?, ?, ?)")
                .params(accountId, shortSubject, text.length() > 4000 ? text.substring(0, 4000) : text, path).update();
        try {
            mail.send(account.get().getEmail(), shortSubject, text, path);
        } catch (MailException failed) {
            log.warn("Notification e-mail to account {} not sent: {}", accountId, failed.getMessage());
        }
    }

    /** The newest notices of an account, newest first. */
    public List<Notification> of(long accountId) {
        return jdbc.sql("select id, subject, text, path, created_at, read_at is not null as read from accounts_notification "
                        + "where account_id = ? order by created_at desc, id desc limit " + SHOWN)
                .param(accountId)
                .query((rs, n) -> new Notification(rs.getLong("id"), rs.getString("subject"), rs.getString("text"),
                        rs.getString("path"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(), rs.getBoolean("read")))
                .list();
    }

    public long unread(long accountId) {
        return jdbc.sql("select count(*) from accounts_notification where account_id = ? and read_at is null")
                .param(accountId).query(Long.class).single();
    }

    /** The unread count for the navigation: 0 for anonymous visitors. */
    public long unreadFor(Authentication authentication) {
        return SignedInAccount.of(authentication).map(account -> unread(account.accountId())).orElse(0L);
    }

    @Transactional
    public int markAllRead(long accountId) {
        return jdbc.sql("update accounts_notification set read_at = ? where account_id = ? and read_at is null")
                .params(new Timestamp(System.currentTimeMillis()), accountId).update();
    }
}
