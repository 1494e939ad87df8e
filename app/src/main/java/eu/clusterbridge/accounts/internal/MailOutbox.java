package eu.clusterbridge.accounts.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the platform's e-mails (verification, password reset, invitation) over SMTP. Links are absolute, built
 * from {@code clusterbridge.base-url}, because a mail client has no page to resolve them against.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final JavaMailSender sender;
    private final String from;
    private final String baseUrl;
    private final boolean logLinks;

    MailOutbox(JavaMailSender sender, @Value("${clusterbridge.mail.from}") String from,
               @Value("${clusterbridge.base-url}") String baseUrl,
               @Value("${clusterbridge.mail.log-links:false}") boolean logLinks) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.logLinks = logLinks;
    }

    /** Sends a short message whose one action is the link {@code path} (relative to the platform's address). */
    public void send(String to, String subject, String text, String path) {
        String link = baseUrl + path;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text + "\n\n" + link + "\n\nIf you did not expect this e-mail, ignore it.\n-- ClusterBridge\n");
        sender.send(message);
        if (logLinks) {
            // Only with the embedded mail server of the default run, where nobody can read the mailbox otherwise.
            log.info("Mail to {} ({}): {}", to, subject, link);
        }
    }
}
