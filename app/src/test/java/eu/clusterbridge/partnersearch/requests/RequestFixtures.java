package eu.clusterbridge.partnersearch.requests;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.accounts.internal.AccountPrincipal;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.directory.PublicationStatus;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Real people, published organisations and requests for the partner-request tests, and their mailboxes. */
final class RequestFixtures {

    static final String SECTOR = "textile-manufacturing";
    static final String STAGE = "research-and-development";

    private final TestAccounts accounts;
    private final Organisations organisations;
    private final PartnerRequests requests;
    private final GreenMail mail;

    RequestFixtures(ApplicationContext context) {
        this.accounts = new TestAccounts(context);
        this.organisations = context.getBean(Organisations.class);
        this.requests = context.getBean(PartnerRequests.class);
        this.mail = context.getBean(GreenMail.class);
    }

    TestAccounts accounts() {
        return accounts;
    }

    Account person(String name) {
        return accounts.create(name);
    }

    Organisation published(String name, Account owner, Account editor, Account member) {
        Organisation draft = accounts.draftOrganisation(name, owner, editor, member);
        return organisations.changePublicationStatus(draft.getId(), PublicationStatus.PUBLISHED);
    }

    static SignedInAccount signedIn(Account account) {
        return new SignedInAccount(account.getId(), account.getEmail(), account.getDisplayName());
    }

    static Authentication authentication(Account account) {
        AccountPrincipal principal = new AccountPrincipal(account);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    static LocalDate inDays(int days) {
        return LocalDate.now(ZoneOffset.UTC).plusDays(days);
    }

    static RequestDraft draft(long organisationId, RequestKind kind, String title, LocalDate deadline) {
        return new RequestDraft(organisationId, kind, title, "We look for " + title.toLowerCase() + " for a joint pilot.",
                List.of(SECTOR), List.of(STAGE), List.of("PT"), deadline, null, null);
    }

    PartnerRequest post(Account poster, long organisationId, RequestKind kind, String title, LocalDate deadline) {
        return requests.post(signedIn(poster), draft(organisationId, kind, title, deadline));
    }

    List<MimeMessage> mailTo(Account account) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipients(m).contains(account.getEmail().toLowerCase())).toList();
    }

    static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(a -> a.toString().toLowerCase()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
