package eu.clusterbridge.partnersearch.requests;

import eu.clusterbridge.accounts.AccountDeleted;
import eu.clusterbridge.directory.OrganisationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Erasure: a deleted account's follows, interests and shortlist go (its comments and requests stay without a
 * person); a deleted organisation's requests, the interest it expressed, shortlist entries and messages to it go.
 */
@Component
class AccountErasure {

    private final PartnerRequestStore requests;
    private final Shortlists shortlists;

    AccountErasure(PartnerRequestStore requests, Shortlists shortlists) {
        this.requests = requests;
        this.shortlists = shortlists;
    }

    @EventListener // in the deleting transaction, like the other modules: all or nothing
    void on(AccountDeleted deleted) {
        requests.forgetAccount(deleted.accountId());
        shortlists.forget(deleted.accountId());
    }

    @EventListener
    void on(OrganisationDeleted deleted) {
        requests.forgetOrganisation(deleted.organisationId());
        shortlists.forgetOrganisation(deleted.organisationId());
    }
}
