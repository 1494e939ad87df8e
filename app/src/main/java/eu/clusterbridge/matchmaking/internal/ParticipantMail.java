package eu.clusterbridge.matchmaking.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import eu.clusterbridge.accounts.OrganisationContacts;
import eu.clusterbridge.matchmaking.Participant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails to a participant's people: every verified account of its organisation and the registration's contact
 * address. Sent after the change committed; a mail server that refuses is logged, never undoes the change.
 */
@Component
public class ParticipantMail {

    private static final Logger log = LoggerFactory.getLogger(ParticipantMail.class);

    private final JavaMailSender sender;
    private final OrganisationContacts contacts;
    private final String from;
    private final String baseUrl;

    ParticipantMail(JavaMailSender sender, OrganisationContacts contacts, @Value("${clusterbridge.mail.from}") String from,
                    @Value("${clusterbridge.base-url}") String baseUrl) {
        this.sender = sender;
        this.contacts = contacts;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Sends one message to each of the participant's people; returns how many were sent. */
    public int send(Participant to, String subject, String text, String path) {
        Set<String> recipients = new LinkedHashSet<>(contacts.emailsOf(to.organisationId()));
        if (to.contactEmail() != null && !to.contactEmail().isBlank()) {
            recipients.add(to.contactEmail().strip());
        }
        int sent = 0;
        for (String recipient : recipients) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient);
            message.setSubject(subject);
            message.setText(text + "\n\n" + baseUrl + path + "\n\n-- ClusterBridge matchmaking\n");
            try {
                sender.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("Mail '{}' to {} not sent: {}", subject, recipient, e.getMessage());
            }
        }
        return sent;
    }
}
