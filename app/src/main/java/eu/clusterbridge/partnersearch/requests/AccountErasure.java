package eu.clusterbridge.partnersearch.requests;

import eu.clusterbridge.accounts.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account's follows, interests and shortlist go; its comments and requests stay without a person. */
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
}
