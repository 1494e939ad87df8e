package eu.clusterbridge.partnersearch.requests;

import java.util.LinkedHashSet;
import java.util.Set;

import eu.clusterbridge.accounts.Notifications;
import org.springframework.stereotype.Component;

/**
 * Who hears about what happens to a request: its poster about interest and comments, followers about comments,
 * changes, closing and expiry. Never the person who did it; each person once per event, in the app and by e-mail.
 */
@Component
class RequestNotices {

    private final Notifications notifications;
    private final PartnerRequestStore store;

    RequestNotices(Notifications notifications, PartnerRequestStore store) {
        this.notifications = notifications;
        this.store = store;
    }

    void interest(PartnerRequest request, long accountId, String personName, String organisationName) {
        tell(Set.of(request.posterId()), accountId, "Interest in your request: " + request.title(),
                personName + " of " + organisationName + " is interested in your partner request \"" + request.title()
                        + "\". See who is interested on the request's page.", request);
    }

    void commented(PartnerRequest request, long authorId, String authorName, String text) {
        Set<Long> audience = new LinkedHashSet<>();
        audience.add(request.posterId());
        audience.addAll(store.followers(request.id()));
        tell(audience, authorId, "New comment on: " + request.title(),
                authorName + " commented on the partner request \"" + request.title() + "\":\n\n" + text, request);
    }

    void changed(PartnerRequest request, long actorId) {
        tell(Set.copyOf(store.followers(request.id())), actorId, "Request updated: " + request.title(),
                "The partner request \"" + request.title() + "\" you follow was updated (deadline " + request.deadline() + ").", request);
    }

    void closed(PartnerRequest request, long actorId) {
        tell(Set.copyOf(store.followers(request.id())), actorId, "Request closed: " + request.title(),
                "The partner request \"" + request.title() + "\" you follow was closed; it no longer takes interest or comments.", request);
    }

    void expired(PartnerRequest request) {
        tell(Set.copyOf(store.followers(request.id())), -1, "Request expired: " + request.title(),
                "The partner request \"" + request.title() + "\" reached its deadline (" + request.deadline()
                        + ") and was closed. Post a new one if the search goes on.", request);
    }

    private void tell(Set<Long> audience, long actorId, String subject, String text, PartnerRequest request) {
        audience.stream().filter(id -> id != actorId).sorted()
                .forEach(id -> notifications.send(id, subject, text, request.path()));
    }
}
