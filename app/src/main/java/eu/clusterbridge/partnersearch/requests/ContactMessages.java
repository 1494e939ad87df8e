package eu.clusterbridge.partnersearch.requests;

import java.util.List;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.Notifications;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Contact this organisation": a message to a published organisation's owners and editors, in the app and by
 * e-mail. The sender never sees their addresses; the recipients see the sender's name and address so they can
 * answer. Every message is recorded, and a person may send at most {@value #PER_HOUR} an hour (against spam).
 */
@Service
@Transactional(readOnly = true)
public class ContactMessages {

    public static final int PER_HOUR = 5;
    public static final int MAX_SUBJECT = 150;
    public static final int MAX_TEXT = 4000;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Memberships memberships;
    private final Notifications notifications;

    ContactMessages(JdbcClient jdbc, Organisations organisations, Memberships memberships, Notifications notifications) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.memberships = memberships;
        this.notifications = notifications;
    }

    /** The people a message reaches: the organisation's owners and editors. */
    public List<Long> recipients(long organisationId) {
        return memberships.membersOf(organisationId).stream()
                .filter(m -> m.role() == OrganisationRole.OWNER || m.role() == OrganisationRole.EDITOR)
                .map(Memberships.Member::accountId).toList();
    }

    @Transactional
    public void send(SignedInAccount sender, long organisationId, String subject, String text) {
        Organisation organisation = organisations.get(organisationId);
        List<Long> recipients = recipients(organisationId);
        long sentLastHour = jdbc.sql("select count(*) from partnersearch_contact_message where sender_id = ? and created_at > now() - interval '1 hour'")
                .param(sender.accountId()).query(Long.class).single();
        new FieldChecks()
                .required("subject", subject).maxLength("subject", subject, MAX_SUBJECT)
                .required("text", text).maxLength("text", text, MAX_TEXT)
                .when(!organisation.isPublished(), "organisation", "is not published")
                .when(recipients.isEmpty(), "organisation", "has no one on the platform to receive messages yet")
                .when(recipients.contains(sender.accountId()), "organisation", "is your own organisation")
                .when(sentLastHour >= PER_HOUR, "text", "you have sent " + sentLastHour + " messages in the last hour; please wait before sending more")
                .orThrow();
        jdbc.sql("insert into partnersearch_contact_message (sender_id, organisation_id, subject, text) values (?, ?, ?, ?)")
                .params(sender.accountId(), organisationId, subject.strip(), text.strip()).update();
        String body = sender.displayName() + " <" + sender.email() + "> wrote to " + organisation.getName()
                + " through ClusterBridge:\n\n" + text.strip() + "\n\nAnswer them by e-mail at " + sender.email() + ".";
        recipients.forEach(id -> notifications.send(id, "Message for " + organisation.getName() + ": " + subject.strip(), body,
                "/organisations/" + organisation.getKey()));
    }
}
