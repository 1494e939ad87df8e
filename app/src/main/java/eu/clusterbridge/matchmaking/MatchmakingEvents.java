package eu.clusterbridge.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.EventParts.BookingRule;
import eu.clusterbridge.matchmaking.EventParts.ParticipantType;
import eu.clusterbridge.matchmaking.EventParts.Session;
import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.EventParts.Table;
import eu.clusterbridge.matchmaking.internal.EventSetupValidator;
import eu.clusterbridge.matchmaking.internal.EventStore;
import eu.clusterbridge.matchmaking.internal.MeetingStore;
import eu.clusterbridge.matchmaking.internal.SetupStore;
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.shared.Slugs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Setting up matchmaking events and reading their set-up back. */
@Service
@Transactional(readOnly = true)
public class MatchmakingEvents {

    private final EventStore events;
    private final SetupStore setup;
    private final MeetingStore meetings;
    private final EventAccess access;
    private final Organisations organisations;

    MatchmakingEvents(EventStore events, SetupStore setup, MeetingStore meetings, EventAccess access, Organisations organisations) {
        this.organisations = organisations;
        this.events = events;
        this.setup = setup;
        this.meetings = meetings;
        this.access = access;
    }

    /** An event organised by the platform's administrators alone. */
    @Transactional
    public MatchmakingEvent create(EventSetup spec) {
        return create(spec, null);
    }

    /**
     * An event organised by {@code organiserId}, an organisation of the directory the creator owns or edits (any
     * organisation for an administrator; {@code null}: the administrators alone).
     */
    @Transactional
    public MatchmakingEvent create(EventSetup spec, Long organiserId) {
        access.requireMayCreate(organiserId);
        if (organiserId != null && !organisations.exists(organiserId)) {
            throw InvalidInput.of("organiserId", "no organisation with id " + organiserId + " in the directory");
        }
        EventSetupValidator.validate(spec);
        long id = events.insert(Slugs.unique(spec.name(), events::keyExists), spec, organiserId);
        setup.replaceSessions(id, spec, java.time.ZoneId.of(spec.timeZone()));
        setup.replaceSharedTables(id, spec.tables());
        setup.replaceTypesAndRules(id, spec);
        return get(id);
    }

    /** Changes the set-up; sessions, slot times and shared tables only while no meeting is scheduled. */
    @Transactional
    public MatchmakingEvent update(long id, EventSetup spec) {
        access.requireOrganiser(id);
        EventSetupValidator.validate(spec);
        MatchmakingEvent current = events.lock(id).orElseThrow(() -> new MatchmakingEventNotFound(id));
        boolean slotsChange = slotsChange(current, spec);
        boolean tablesChange = !sharedTables(id).equals(spec.tables());
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if ((slotsChange || tablesChange) && meetings.count(id) > 0) {
            String message = "cannot change while meetings are scheduled; clear the schedule first";
            problems.add(new InvalidInput.FieldProblem(slotsChange ? "sessions" : "tables", message));
        }
        List<String> codes = spec.types().stream().map(t -> t.code().strip()).toList();
        setup.typesInUse(id).stream().filter(code -> !codes.contains(code)).forEach(code -> problems.add(
                new InvalidInput.FieldProblem("types", "'" + code + "' is the type of registered participants and cannot be removed")));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        events.update(id, spec);
        if (slotsChange) {
            setup.replaceSessions(id, spec, java.time.ZoneId.of(spec.timeZone()));
        } else {
            setup.renameSessions(id, spec);
        }
        if (tablesChange) {
            setup.replaceSharedTables(id, spec.tables());
        }
        setup.replaceTypesAndRules(id, spec);
        return get(id);
    }

    public MatchmakingEvent get(long id) {
        return events.find(id).orElseThrow(() -> new MatchmakingEventNotFound(id));
    }

    public MatchmakingEvent getByKey(String key) {
        return events.findByKey(key).orElseThrow(() -> new MatchmakingEventNotFound(key));
    }

    public List<MatchmakingEvent> all() {
        return events.all();
    }

    /** Events organised by any of these organisations (a person's "organised by us" list). */
    public List<MatchmakingEvent> organisedBy(java.util.Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : events.organisedBy(organisationIds);
    }

    public List<Session> sessions(long eventId) {
        return setup.sessions(eventId);
    }

    public List<Slot> slots(long eventId) {
        return setup.slots(eventId);
    }

    public List<Table> tables(long eventId) {
        return setup.tables(eventId);
    }

    public List<ParticipantType> types(long eventId) {
        return setup.types(eventId);
    }

    public List<BookingRule> rules(long eventId) {
        return setup.rules(eventId);
    }

    /** The set-up as it would be submitted again (for the edit form and the API's round trip). */
    public EventSetup setupOf(long eventId) {
        MatchmakingEvent e = get(eventId);
        return new EventSetup(e.name(), e.venue(), e.online(), e.timeZone(), e.registrationDeadline(), e.slotMinutes(),
                e.pauseMinutes(), e.requestMode(), e.requestExpiryDays(), e.anyToAny(), e.maxMeetings(), e.fairness(),
                e.maxMeetingsPerSession(),
                sessions(eventId).stream().map(s -> new EventSetup.SessionSpec(s.name(), s.day(), s.starts(), s.ends())).toList(),
                sharedTables(eventId),
                types(eventId).stream().map(t -> new EventSetup.TypeSpec(t.code(), t.name(), t.maxMeetings())).toList(),
                rules(eventId).stream().map(r -> new EventSetup.RuleSpec(r.requester(), r.target())).toList());
    }

    private List<String> sharedTables(long eventId) {
        return setup.tables(eventId).stream().filter(t -> t.hostId() == null).map(Table::name).toList();
    }

    private boolean slotsChange(MatchmakingEvent current, EventSetup spec) {
        List<EventSetup.SessionSpec> now = sessions(current.id()).stream()
                .map(s -> new EventSetup.SessionSpec(null, s.day(), s.starts(), s.ends())).toList();
        List<EventSetup.SessionSpec> wanted = spec.sessions().stream()
                .map(s -> new EventSetup.SessionSpec(null, s.day(), s.starts(), s.ends()))
                .sorted(java.util.Comparator.comparing(EventSetup.SessionSpec::day).thenComparing(EventSetup.SessionSpec::starts)).toList();
        return !now.equals(wanted) || current.slotMinutes() != spec.slotMinutes() || current.pauseMinutes() != spec.pauseMinutes()
                || !Objects.equals(current.timeZone(), spec.timeZone());
    }
}
