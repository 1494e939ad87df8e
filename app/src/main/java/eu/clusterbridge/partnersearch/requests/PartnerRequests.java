package eu.clusterbridge.partnersearch.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationAccess;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationNotFound;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posting, changing and closing partner-search requests. A request is posted by a person for one of their
 * organisations (any role), which must be published: it is shown publicly under the organisation's name. Its
 * poster, the organisation's owners and editors, and administrators change or close it. Followers hear about
 * changes ({@link RequestNotices}).
 */
@Service
@Transactional(readOnly = true)
public class PartnerRequests {

    private final PartnerRequestStore store;
    private final DraftValidator validator;
    private final Memberships memberships;
    private final Organisations organisations;
    private final OrganisationAccess access;
    private final RequestNotices notices;
    private final Clock clock = Clock.systemUTC();

    PartnerRequests(PartnerRequestStore store, DraftValidator validator, Memberships memberships, Organisations organisations,
                    OrganisationAccess access, RequestNotices notices) {
        this.store = store;
        this.validator = validator;
        this.memberships = memberships;
        this.organisations = organisations;
        this.access = access;
        this.notices = notices;
    }

    public PartnerRequest get(long id) {
        return store.find(id).orElseThrow(() -> new PartnerRequestNotFound(id));
    }

    /** Open requests (deadline not passed, not closed), soonest deadline first. */
    public List<PartnerRequest> open(RequestFilter filter) {
        return store.open(filter);
    }

    /** Every request (open or not) posted for these organisations, newest first. */
    public List<PartnerRequest> postedFor(List<Long> organisationIds) {
        return store.postedFor(organisationIds);
    }

    @Transactional
    public PartnerRequest post(SignedInAccount poster, RequestDraft draft) {
        var checks = validator.check(draft, today()).required("organisationId", draft.organisationId());
        if (draft.organisationId() != null) {
            checks.when(memberships.roleOf(poster.accountId(), draft.organisationId()).isEmpty(), "organisationId",
                            "you may post only for an organisation you belong to")
                    .when(!published(draft.organisationId()), "organisationId",
                            "must be published first: requests are public under the organisation's name");
        }
        checks.orThrow();
        long id = store.insert(poster.accountId(), draft);
        store.follow(id, poster.accountId());
        return get(id);
    }

    @Transactional
    public PartnerRequest update(long id, Authentication actor, RequestDraft draft) {
        PartnerRequest request = requireManage(id, actor);
        requireOpen(request, "changed");
        validator.check(draft, today())
                .when(draft.organisationId() != null && draft.organisationId() != request.organisationId(), "organisationId",
                        "cannot change: post a new request for another organisation")
                .orThrow();
        store.update(id, draft);
        PartnerRequest changed = get(id);
        notices.changed(changed, SignedInAccount.required(actor).accountId());
        return changed;
    }

    @Transactional
    public PartnerRequest close(long id, Authentication actor) {
        PartnerRequest request = requireManage(id, actor);
        requireOpen(request, "closed");
        store.finish(id, RequestStatus.CLOSED);
        PartnerRequest closed = get(id);
        notices.closed(closed, SignedInAccount.required(actor).accountId());
        return closed;
    }

    /** Whether this person may change, close and see who is interested. */
    public boolean canManage(PartnerRequest request, Authentication authentication) {
        return SignedInAccount.of(authentication).map(a -> a.accountId() == request.posterId()).orElse(false)
                || access.canEdit(authentication, request.organisationId());
    }

    PartnerRequest requireManage(long id, Authentication actor) {
        PartnerRequest request = get(id);
        if (!canManage(request, actor)) {
            throw new AccessDeniedException("Only the request's poster, its organisation's owners and editors, or an administrator may do this");
        }
        return request;
    }

    static void requireOpen(PartnerRequest request, String what) {
        if (!request.isOpen()) {
            throw InvalidInput.of("status", "this request is " + request.status().name().toLowerCase()
                    + (request.status() == RequestStatus.EXPIRED ? " (its deadline " + request.deadline() + " has passed)" : "")
                    + " and can no longer be " + what);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private boolean published(long organisationId) {
        try {
            Organisation organisation = organisations.get(organisationId);
            return organisation.isPublished();
        } catch (OrganisationNotFound notFound) {
            return false;
        }
    }
}
