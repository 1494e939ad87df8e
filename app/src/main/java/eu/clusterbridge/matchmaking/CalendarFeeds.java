package eu.clusterbridge.matchmaking;

import java.security.SecureRandom;
import java.util.Base64;

import eu.clusterbridge.matchmaking.internal.AgendaNoticeStore;
import eu.clusterbridge.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribable calendar feeds: each participant's agenda at an address with a secret token, for calendar clients
 * that cannot sign in. The participant's people see the address and replace the token to revoke the old one.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Registrations registrations;
    private final AgendaNoticeStore store;
    private final Agendas agendas;
    private final EventAccess access;

    CalendarFeeds(Registrations registrations, AgendaNoticeStore store, Agendas agendas, EventAccess access) {
        this.registrations = registrations;
        this.store = store;
        this.agendas = agendas;
        this.access = access;
    }

    /** The participant's feed token, made on first use; for its people and the organiser only. */
    @Transactional
    public String tokenOf(long participantId) {
        Participant participant = registrations.get(participantId);
        access.requireActsFor(participant);
        return store.token(participantId).orElseGet(() -> renew(participant));
    }

    /** A new token: the old address stops working. */
    @Transactional
    public String regenerate(long participantId) {
        Participant participant = registrations.get(participantId);
        access.requireActsFor(participant);
        return renew(participant);
    }

    /** The agenda behind a feed token; unknown tokens and unpublished agendas are "not found" (the token is the key). */
    public Agenda agendaOf(String token) {
        long participantId = store.participantOfToken(token).orElseThrow(() -> new FeedNotFound());
        Participant participant = registrations.get(participantId);
        return agendas.publishedOf(participant.eventId(), participantId).orElseThrow(() -> new FeedNotFound());
    }

    static class FeedNotFound extends NotFound {
        FeedNotFound() {
            super("calendar feed", "(this address)");
        }
    }

    private String renew(Participant participant) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.setToken(participant.id(), token);
        return token;
    }
}
