package eu.clusterbridge.matchmaking;

import java.time.Instant;
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
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.shared.NotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering organisations of the directory for an event: by their own owners and editors until the registration
 * deadline, by the organiser at any time. A registration can be changed or withdrawn by the same people until the
 * agendas are published (after that only the organiser changes it, since meetings are fixed).
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
        if (r.organisationId() != null) {
            access.requireRegisters(eventId, r.organisationId());
        } else if (!access.isOrganiser(eventId) && access.editableOrganisations().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("Only owners and editors of an organisation register it");
        }
        boolean organiser = access.isOrganiser(eventId);
        if (!organiser && !event.registrationOpen(Instant.now())) {
            throw InvalidInput.of("organisationId", "registration for this event closed on " + event.registrationDeadline());
        }
        Map<Integer, Long> slotIds = slotIds(eventId);
        FieldChecks checks = check(eventId, r, slotIds)
                .when(r.organisationId() != null && participants.registered(eventId, r.organisationId()), "organisationId",
                        "this organisation is already registered for the event");
        checks.orThrow();
        Organisation organisation = organisations.get(r.organisationId());
        long id = participants.insert(event.id(), organisation.getName(), typeId(eventId, r.type()), r,
                organisation.getCountry(), organisation.getSectors());
        saveChoices(id, r, slotIds);
        if (r.ownTable()) {
            setup.addOwnTable(eventId, organisation.getName(), id);
        }
        return get(id);
    }

    /** Changes a registration: profile, contact, type, limit, sessions, unavailable slots and items (the organisation stays). */
    @Transactional
    public Participant update(long participantId, Registration r) {
        Participant current = get(participantId);
        requireChangeable(current);
        Map<Integer, Long> slotIds = slotIds(current.eventId());
        Registration same = new Registration(current.organisationId(), r.type(), r.contactName(), r.contactEmail(), r.profile(),
                r.maxMeetings(), r.sessions(), r.unavailableSlots(), false, r.items());
        check(current.eventId(), same, slotIds).orThrow();
        participants.update(participantId, typeId(current.eventId(), r.type()), same);
        participants.clearChoices(participantId);
        saveChoices(participantId, same, slotIds);
        return get(participantId);
    }

    /** Withdraws a registration; its requests and meetings go with it. */
    @Transactional
    public void withdraw(long participantId) {
        Participant current = get(participantId);
        requireChangeable(current);
        participants.delete(participantId);
    }

    /** The registration as it would be submitted again (for the edit form). */
    public Registration registrationOf(long participantId) {
        Participant p = get(participantId);
        Map<Long, Integer> slotNumbers = events.slots(p.eventId()).stream().collect(Collectors.toMap(Slot::id, Slot::number));
        return new Registration(p.organisationId(), p.typeCode(), p.contactName(), p.contactEmail(), p.profile(), p.maxMeetings(),
                List.copyOf(participants.attendance(p.eventId()).getOrDefault(participantId, Set.of())),
                participants.unavailable(p.eventId()).getOrDefault(participantId, Set.of()).stream().map(slotNumbers::get).sorted().toList(),
                false, participants.items(participantId).stream().map(i -> new Registration.Item(ItemKind.valueOf(i.kind()), i.title(),
                        i.description(), i.cooperationType(), i.fields())).toList());
    }

    public Participant get(long participantId) {
        return participants.find(participantId).orElseThrow(() -> new ParticipantNotFound(participantId));
    }

    public List<Participant> ofEvent(long eventId) {
        events.get(eventId);
        return participants.ofEvent(eventId);
    }

    /** The registrations of these organisations, in every event. */
    public List<Participant> ofOrganisations(java.util.Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : participants.ofOrganisations(organisationIds);
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

    private void requireChangeable(Participant p) {
        access.requireRegisters(p.eventId(), p.organisationId());
        if (!access.isOrganiser(p.eventId()) && events.get(p.eventId()).isPublished()) {
            throw InvalidInput.of("status", "the agendas are published: ask the organiser to change the registration");
        }
    }

    private FieldChecks check(long eventId, Registration r, Map<Integer, Long> slotIds) {
        List<ParticipantType> types = setup.types(eventId);
        Set<String> codes = types.stream().map(ParticipantType::code).collect(Collectors.toSet());
        Set<Long> sessionIds = setup.sessions(eventId).stream().map(EventParts.Session::id).collect(Collectors.toSet());
        FieldChecks checks = new FieldChecks().required("organisationId", r.organisationId())
                .when(r.organisationId() != null && !organisations.exists(r.organisationId()), "organisationId",
                        "no organisation with id " + r.organisationId() + " in the directory")
                .when(!types.isEmpty() && (r.type() == null || r.type().isBlank()), "type", "choose one of " + codes)
                .when(types.isEmpty() && r.type() != null && !r.type().isBlank(), "type", "this event has no participant types")
                .known("type", types.isEmpty() ? null : r.type(), codes::contains, "participant type of this event")
                .maxLength("contactName", r.contactName(), 200).email("contactEmail", r.contactEmail())
                .maxLength("profile", r.profile(), 5000).range("maxMeetings", r.maxMeetings(), 0, 1000);
        for (int i = 0; i < r.sessions().size(); i++) {
            checks.when(!sessionIds.contains(r.sessions().get(i)), "sessions[" + i + "]", "is not a session of this event");
        }
        for (int i = 0; i < r.unavailableSlots().size(); i++) {
            checks.when(!slotIds.containsKey(r.unavailableSlots().get(i)), "unavailableSlots[" + i + "]",
                    "is not a slot number of this event (1.." + slotIds.size() + ")");
        }
        for (int i = 0; i < r.items().size(); i++) {
            Registration.Item item = r.items().get(i);
            String at = "items[" + i + "]";
            checks.required(at + ".kind", item.kind()).required(at + ".title", item.title())
                    .maxLength(at + ".title", item.title(), 300).maxLength(at + ".description", item.description(), 5000)
                    .maxLength(at + ".cooperationType", item.cooperationType(), 120)
                    .when(item.fields().size() > 20, at + ".fields", "at most 20 custom fields");
            item.fields().forEach((name, value) -> checks.maxLength(at + ".fields." + name, value, 500)
                    .when(name.isBlank() || name.length() > 60, at + ".fields", "a field name has 1 to 60 characters"));
        }
        return checks;
    }

    private Map<Integer, Long> slotIds(long eventId) {
        return setup.slots(eventId).stream().collect(Collectors.toMap(Slot::number, Slot::id));
    }

    private Long typeId(long eventId, String code) {
        return setup.types(eventId).stream().filter(t -> t.code().equals(code)).map(ParticipantType::id).findFirst().orElse(null);
    }

    private void saveChoices(long participantId, Registration r, Map<Integer, Long> slotIds) {
        participants.attend(participantId, r.sessions());
        participants.markUnavailable(participantId, r.unavailableSlots().stream().map(slotIds::get).toList());
        r.items().forEach(item -> participants.addItem(participantId, item));
    }

    public static class ParticipantNotFound extends NotFound {
        public ParticipantNotFound(Object id) {
            super("participant", id);
        }
    }
}
