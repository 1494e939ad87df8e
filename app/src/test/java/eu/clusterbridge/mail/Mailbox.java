package eu.clusterbridge.mail;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helper: the messages the embedded SMTP server (GreenMail) received, by recipient and subject, and their links. */
public final class Mailbox {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/\\S+)");

    private Mailbox() {
    }

    /** Every message to {@code email} (any case) whose subject contains {@code subject}, after waiting for the first. */
    public static List<MimeMessage> messages(GreenMail server, String email, String subject) {
        server.waitForIncomingEmail(5_000, 1);
        return Arrays.stream(server.getReceivedMessages()).filter(m -> recipients(m).contains(email.toLowerCase())
                && subjectOf(m).contains(subject)).toList();
    }

    /** The one message to {@code email} whose subject contains {@code subject} (fails if there are none or several). */
    public static MimeMessage only(GreenMail server, String email, String subject) {
        List<MimeMessage> found = messages(server, email, subject);
        assertThat(found).as("messages to %s about '%s'", email, subject).hasSize(1);
        return found.get(0);
    }

    /** The path of the first link to the application in the message (quoted-printable undone). */
    public static String link(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a link in the message").isTrue();
        return link.group(1);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> a.toString().toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
