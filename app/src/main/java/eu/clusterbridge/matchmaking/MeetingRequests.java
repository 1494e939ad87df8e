package eu.clusterbridge.matchmaking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import eu.clusterbridge.matchmaking.internal.MeetingStore;
import eu.clusterbridge.matchmaking.internal.RequestStore;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meeting requests: sent with a priority, answered, cancelled or expired; the booking rules are checked here. */
@Service
@Transactional(readOnly = true)
public class MeetingRequests {

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final RequestStore requests;
    private final MeetingStore meetings;
    private final EventAccess access;
    private final ApplicationEventPublisher published;

    MeetingRequests(MatchmakingEvents events, Registrations registrations, RequestStore requests, MeetingStore meetings,
                    EventAccess access, ApplicationEventPublisher published) {
        this.published = published;
        this.events = events;
        this.registrations = registrations;
        this.requests = requests;
        this.meetings = meetings;
        this.access = access;
    }

    /**
     * Sends a request on behalf of {@code spec.requesterId()}: by its own people or the organiser. Notifies the
     * target's people (after the commit, see {@link RequestSent}).
     */
    @Transactional
    public MeetingRequest send(long eventId, RequestSpec spec) {
        MatchmakingEvent event = events.get(eventId);
        requireTakesPart(eventId);
        new FieldChecks().required("requesterId", spec.requesterId()).required("targetId", spec.targetId())
                .required("priority", spec.priority()).range("priority", spec.priority(), 1, 5)
                .maxLength("message", spec.message(), 2000)
                .when(spec.requesterId() != null && spec.requesterId().equals(spec.targetId()), "targetId", "a participant cannot request themselves")
                .orThrow();
        Participant requester = participantOf(eventId, spec.requesterId(), "requesterId");
        Participant target = participantOf(eventId, spec.targetId(), "targetId");
        access.requireActsFor(requester);
        if (!event.anyToAny() && !events.rules(eventId).contains(new EventParts.BookingRule(requester.typeCode(), target.typeCode()))) {
            throw InvalidInput.of("targetId", "participants of type '" + requester.typeCode() + "' may not request meetings with type '"
                    + target.typeCode() + "' at this event");
        }
        if (requests.openExists(requester.id(), target.id())) {
            throw InvalidInput.of("targetId", "there is already an open request from " + requester.displayName() + " to " + target.displayName());
        }
        boolean automatic = event.requestMode() == RequestMode.AUTOMATIC;
        OffsetDateTime expires = automatic || event.requestExpiryDays() == null ? null : OffsetDateTime.now().plusDays(event.requestExpiryDays());
        long id = requests.insert(eventId, requester.id(), target.id(), spec.priority(), spec.message(),
                automatic ? RequestStatus.ACCEPTED : RequestStatus.PENDING, expires);
        published.publishEvent(new RequestSent(id));
        return get(id);
    }

    @Transactional
    public MeetingRequest accept(long requestId) {
        return answer(requestId, RequestStatus.ACCEPTED);
    }

    @Transactional
    public MeetingRequest decline(long requestId) {
        return answer(requestId, RequestStatus.DECLINED);
    }

    /** Cancels an open request; a scheduled meeting goes too unless the other side's request still asks for it. */
    @Transactional
    public MeetingRequest cancel(long requestId) {
        MeetingRequest request = get(requestId);
        access.requireActsFor(registrations.get(request.requesterId()));
        if (!request.status().isOpen() || !requests.transition(requestId, request.status(), RequestStatus.CANCELLED)) {
            throw InvalidInput.of("status", "only a pending or accepted request can be cancelled (it is " + request.status() + ")");
        }
        boolean stillWanted = requests.accepted(request.eventId()).stream().anyMatch(r -> Set.of(r.requesterId(), r.targetId())
                .equals(Set.of(request.requesterId(), request.targetId())));
        if (!stillWanted) {
            meetings.deletePair(request.eventId(), request.requesterId(), request.targetId());
        }
        return get(requestId);
    }

    public MeetingRequest get(long requestId) {
        return requests.find(requestId).orElseThrow(() -> new RequestNotFound(requestId));
    }

    /** The event's requests, after expiring those past their date. */
    @Transactional
    public List<MeetingRequest> ofEvent(long eventId) {
        events.get(eventId);
        requests.expireDue(eventId);
        return requests.ofEvent(eventId);
    }

    private MeetingRequest answer(long requestId, RequestStatus to) {
        MeetingRequest request = get(requestId);
        access.requireActsFor(registrations.get(request.targetId()));
        requests.expireDue(request.eventId());
        if (!requests.transition(requestId, RequestStatus.PENDING, to)) {
            throw InvalidInput.of("status", "only a pending request can be answered (it is " + get(requestId).status() + ")");
        }
        published.publishEvent(new RequestAnswered(requestId));
        return get(requestId);
    }

    /** The requests sent or received by these participants (a person's "My events"), newest first. */
    @Transactional
    public List<MeetingRequest> ofParticipants(java.util.Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        requests.expireAllDue(OffsetDateTime.now());
        return requests.ofParticipants(participantIds);
    }

    /**
     * Pending requests not answered by their expiry date expire (the event's {@code requestExpiryDays}); run by
     * {@code MeetingRequestExpiry} on a schedule with the clock's time. Returns how many expired.
     */
    @Transactional
    public int expireAllDue(OffsetDateTime now) {
        return requests.expireAllDue(now);
    }

    /** The organiser, or someone acting for at least one participant of the event, may send its requests. */
    private void requireTakesPart(long eventId) {
        if (access.isOrganiser(eventId)) {
            return;
        }
        List<Long> own = access.ownOrganisations();
        if (registrations.ofEvent(eventId).stream().noneMatch(p -> own.contains(p.organisationId()))) {
            throw new org.springframework.security.access.AccessDeniedException("Only the event's participants send its requests");
        }
    }

    private Participant participantOf(long eventId, long id, String field) {
        try {
            Participant p = registrations.get(id);
            if (p.eventId() == eventId) {
                return p;
            }
        } catch (NotFound e) {
            // reported below as a field problem: the id came from the request body
        }
        throw InvalidInput.of(field, "no participant " + id + " in this event");
    }

    /** A meeting request was sent (the target's people hear of it once the transaction commits). */
    public record RequestSent(long requestId) {
    }

    /** A meeting request was accepted or declined (the requester's people hear of it). */
    public record RequestAnswered(long requestId) {
    }

    public static class RequestNotFound extends NotFound {
        public RequestNotFound(Object id) {
            super("meeting request", id);
        }
    }
}
