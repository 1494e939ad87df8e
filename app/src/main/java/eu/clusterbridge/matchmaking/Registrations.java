package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.OrganisationDeleted;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventParts.ParticipantType;
import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.internal.ParticipantStore;
import eu.clusterbridge.matchmaking.internal.SetupStore;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering organisations of the directory for an event. The registration deadline is for participants'
 * own sign-up (with accounts); the organiser may still add late registrations.
 */
@Service
@Transactional(readOnly = true)
public class Registrations {

    private final MatchmakingEvents events;
    private final SetupStore setup;
    private final ParticipantStore participants;
    private final Organisations organisations;
    private final EventAccess access;

    Registrations(MatchmakingEvents events, SetupStore setup, ParticipantStore participants, Organisations organisations,
                  EventAccess access) {
        this.events = events;
        this.setup = setup;
        this.participants = participants;
        this.organisations = organisations;
        this.access = access;
    }

    @Transactional
    public Participant register(long eventId, Registration r) {
        MatchmakingEvent event = events.get(eventId);
        access.requireOrganiser(eventId);
        List<ParticipantType> types = setup.types(eventId);
        Map<String, Long> typeIds = types.stream().collect(Collectors.toMap(ParticipantType::code, ParticipantType::id));
        Set<Long> sessionIds = setup.sessions(eventId).stream().map(EventParts.Session::id).collect(Collectors.toSet());
        Map<Integer, Long> slotIds = setup.slots(eventId).stream().collect(Collectors.toMap(Slot::number, Slot::id));
        FieldChecks checks = new FieldChecks().required("organisationId", r.organisationId())
                .when(r.organisationId() != null && !organisations.exists(r.organisationId()), "organisationId",
                        "no organisation with id " + r.organisationId() + " in the directory")
                .when(r.organisationId() != null && participants.registered(eventId, r.organisationId()), "organisationId",
                        "this organisation is already registered for the event")
                .when(!types.isEmpty() && (r.type() == null || r.type().isBlank()), "type", "choose one of " + typeIds.keySet())
                .when(types.isEmpty() && r.type() != null && !r.type().isBlank(), "type", "this event has no participant types")
                .known("type", types.isEmpty() ? null : r.type(), typeIds::containsKey, "participant type of this event")
                .maxLength("contactName", r.contactName(), 200).email("contactEmail", r.contactEmail())
                .range("maxMeetings", r.maxMeetings(), 0, 1000);
        for (int i = 0; i < r.sessions().size(); i++) {
            checks.when(!sessionIds.contains(r.sessions().get(i)), "sessions[" + i + "]", "is not a session of this event");
        }
        for (int i = 0; i < r.unavailableSlots().size(); i++) {
            checks.when(!slotIds.containsKey(r.unavailableSlots().get(i)), "unavailableSlots[" + i + "]",
                    "is not a slot number of this event (1.." + slotIds.size() + ")");
        }
        for (int i = 0; i < r.items().size(); i++) {
            Registration.Item item = r.items().get(i);
            checks.required("items[" + i + "].kind", item.kind()).required("items[" + i + "].title", item.title())
                    .maxLength("items[" + i + "].title", item.title(), 300)
                    .maxLength("items[" + i + "].cooperationType", item.cooperationType(), 120);
        }
        checks.orThrow();
        Organisation organisation = organisations.get(r.organisationId());
        long id = participants.insert(event.id(), organisation.getName(), types.isEmpty() ? null : typeIds.get(r.type()), r);
        participants.attend(id, r.sessions());
        participants.markUnavailable(id, r.unavailableSlots().stream().map(slotIds::get).toList());
        r.items().forEach(item -> participants.addItem(id, item));
        if (r.ownTable()) {
            setup.addOwnTable(eventId, organisation.getName(), id);
        }
        return get(id);
    }

    public Participant get(long participantId) {
        return participants.find(participantId).orElseThrow(() -> new ParticipantNotFound(participantId));
    }

    public List<Participant> ofEvent(long eventId) {
        events.get(eventId);
        return participants.ofEvent(eventId);
    }

    /** Only the participants asked for (an agenda needs a handful, not the whole event). */
    public Map<Long, Participant> byIds(java.util.Collection<Long> ids) {
        return participants.byIds(ids).stream().collect(Collectors.toMap(Participant::id, p -> p));
    }

    public List<ParticipantStore.ItemRow> items(long participantId) {
        return participants.items(participantId);
    }

    /** An organisation deleted from the directory leaves the events it was registered for, in the same transaction. */
    @EventListener
    void on(OrganisationDeleted deleted) {
        participants.deleteOfOrganisation(deleted.organisationId());
    }

    public static class ParticipantNotFound extends NotFound {
        public ParticipantNotFound(Object id) {
            super("participant", id);
        }
    }
}
