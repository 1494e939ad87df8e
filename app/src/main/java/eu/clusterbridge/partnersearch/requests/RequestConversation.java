package eu.clusterbridge.partnersearch.requests;

import java.util.List;
import java.util.Map;

import eu.clusterbridge.accounts.AccountNames;
import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone signed in does with an open request: follow it, express their organisation's interest, comment.
 * Interest is seen only by those who manage the request, with the interested organisation and person and the way
 * to reach them through the platform (no e-mail address); comments are public.
 */
@Service
@Transactional(readOnly = true)
public class RequestConversation {

    public static final int MAX_TEXT = 2000;

    private final PartnerRequests requests;
    private final PartnerRequestStore store;
    private final Memberships memberships;
    private final Organisations organisations;
    private final AccountNames names;
    private final RequestNotices notices;

    RequestConversation(PartnerRequests requests, PartnerRequestStore store, Memberships memberships, Organisations organisations,
                        AccountNames names, RequestNotices notices) {
        this.requests = requests;
        this.store = store;
        this.memberships = memberships;
        this.organisations = organisations;
        this.names = names;
        this.notices = notices;
    }

    /** An interested organisation as its request's managers see it. */
    public record InterestView(long organisationId, String organisationKey, String organisationName, String personName,
                               String message, java.time.Instant createdAt) {
    }

    /** A comment with its author's display name. */
    public record CommentView(long id, String author, String text, java.time.Instant createdAt) {
    }

    @Transactional
    public void follow(long requestId, SignedInAccount who) {
        requests.get(requestId);
        store.follow(requestId, who.accountId());
    }

    @Transactional
    public void unfollow(long requestId, SignedInAccount who) {
        requests.get(requestId);
        store.unfollow(requestId, who.accountId());
    }

    public boolean follows(long requestId, long accountId) {
        return store.followers(requestId).contains(accountId);
    }

    @Transactional
    public void expressInterest(long requestId, SignedInAccount who, Long organisationId, String message) {
        PartnerRequest request = requests.get(requestId);
        PartnerRequests.requireOpen(request, "answered");
        String text = message == null ? "" : message.strip();
        new FieldChecks()
                .required("organisationId", organisationId)
                .when(organisationId != null && memberships.roleOf(who.accountId(), organisationId).isEmpty(), "organisationId",
                        "you may express interest only for an organisation you belong to")
                .when(organisationId != null && organisationId == request.organisationId(), "organisationId",
                        "this is the organisation that posted the request")
                .when(organisationId != null && store.interestExists(requestId, organisationId), "organisationId",
                        "this organisation has already expressed interest")
                .maxLength("message", text, MAX_TEXT)
                .orThrow();
        store.addInterest(requestId, who.accountId(), organisationId, text);
        store.follow(requestId, who.accountId());
        notices.interest(request, who.accountId(), who.displayName(), organisations.get(organisationId).getName());
    }

    @Transactional
    public void comment(long requestId, SignedInAccount who, String text) {
        PartnerRequest request = requests.get(requestId);
        PartnerRequests.requireOpen(request, "commented on");
        new FieldChecks().required("text", text).maxLength("text", text, MAX_TEXT).orThrow();
        store.addComment(requestId, who.accountId(), text.strip());
        notices.commented(request, who.accountId(), who.displayName(), text.strip());
    }

    /** Who is interested: for the request's managers only (others get AccessDeniedException). */
    public List<InterestView> interests(long requestId, Authentication actor) {
        requests.requireManage(requestId, actor);
        List<Interest> interests = store.interests(requestId);
        Map<Long, Organisation> byId = organisations.byIds(interests.stream().map(Interest::organisationId).toList());
        Map<Long, String> people = names.of(interests.stream().map(Interest::accountId).toList());
        return interests.stream().filter(i -> byId.containsKey(i.organisationId()))
                .map(i -> new InterestView(i.organisationId(), byId.get(i.organisationId()).getKey(), byId.get(i.organisationId()).getName(),
                        people.getOrDefault(i.accountId(), "a former member"), i.message(), i.createdAt()))
                .toList();
    }

    public int interestCount(long requestId) {
        return store.interests(requestId).size();
    }

    public List<CommentView> comments(long requestId) {
        requests.get(requestId);
        List<Comment> comments = store.comments(requestId);
        Map<Long, String> people = names.of(comments.stream().map(Comment::accountId).filter(java.util.Objects::nonNull).toList());
        return comments.stream().map(c -> new CommentView(c.id(), c.accountId() == null ? "a former member"
                : people.getOrDefault(c.accountId(), "a former member"), c.text(), c.createdAt())).toList();
    }
}
