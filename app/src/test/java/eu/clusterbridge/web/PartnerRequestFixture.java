package eu.clusterbridge.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.accounts.TestAccounts;
import eu.clusterbridge.accounts.internal.Account;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.requests.PartnerRequests;
import eu.clusterbridge.partnersearch.requests.RequestConversation;
import eu.clusterbridge.partnersearch.requests.RequestDraft;
import eu.clusterbridge.partnersearch.requests.RequestKind;
import org.springframework.context.ApplicationContext;

/** A real partner request of packbridge (posted by one of its people, with a comment) for the page audits. */
final class PartnerRequestFixture {

    private PartnerRequestFixture() {
    }

    static long create(ApplicationContext context) {
        Account poster = new TestAccounts(context).create("Request poster");
        long packbridge = context.getBean(Organisations.class).getByKey("packbridge").getId();
        context.getBean(Memberships.class).join(poster.getId(), packbridge, OrganisationRole.OWNER);
        SignedInAccount who = new SignedInAccount(poster.getId(), poster.getEmail(), poster.getDisplayName());
        long id = context.getBean(PartnerRequests.class).post(who, new RequestDraft(packbridge, RequestKind.SEEKING,
                "Smart packaging partners for Canada", "Converters and retailers for a smart-label pilot.",
                List.of("paper-and-packaging"), List.of(), List.of("PT"), LocalDate.now(ZoneOffset.UTC).plusDays(30), null, null)).id();
        context.getBean(RequestConversation.class).comment(id, who, "Retailers welcome too.");
        return id;
    }
}
