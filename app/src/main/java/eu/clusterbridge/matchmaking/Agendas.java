package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.EventParts.Slot;
import eu.clusterbridge.matchmaking.EventParts.Table;
import eu.clusterbridge.matchmaking.internal.MeetingStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal agendas. Everyone may read them once the organiser has published the schedule; before, only the organiser. */
@Service
@Transactional(readOnly = true)
public class Agendas {

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final MeetingStore meetings;
    private final EventAccess access;

    Agendas(MatchmakingEvents events, Registrations registrations, MeetingStore meetings, EventAccess access) {
        this.events = events;
        this.registrations = registrations;
        this.meetings = meetings;
        this.access = access;
    }

    public boolean visible(MatchmakingEvent event) {
        return event.isPublished() || access.isOrganiser(event.id());
    }

    public Agenda of(long eventId, long participantId) {
        MatchmakingEvent event = events.get(eventId);
        Participant participant = registrations.get(participantId);
        if (participant.eventId() != eventId) {
            throw new Registrations.ParticipantNotFound(participantId);
        }
        if (!visible(event)) {
            throw new AccessDeniedException("The agendas of this event are not published yet");
        }
        return build(event, participant);
    }

    /** The agenda if the event's agendas are published, whoever asks (calendar feeds, mails). */
    public java.util.Optional<Agenda> publishedOf(long eventId, long participantId) {
        MatchmakingEvent event = events.get(eventId);
        Participant participant = registrations.get(participantId);
        return event.isPublished() && participant.eventId() == eventId ? java.util.Optional.of(build(event, participant))
                : java.util.Optional.empty();
    }

    private Agenda build(MatchmakingEvent event, Participant participant) {
        long eventId = event.id();
        long participantId = participant.id();
        Map<Integer, Slot> slots = events.slots(eventId).stream().collect(Collectors.toMap(Slot::number, Function.identity()));
        Map<Integer, Table> tables = events.tables(eventId).stream().collect(Collectors.toMap(Table::number, Function.identity()));
        List<Meeting> own = meetings.ofParticipant(participantId);
        Map<Long, Participant> others = registrations.byIds(own.stream().map(m -> m.other(participantId)).toList());
        List<Agenda.Entry> entries = own.stream().map(m -> {
            Slot slot = slots.get(m.slotNumber());
            Participant other = others.get(m.other(participantId));
            return new Agenda.Entry(m.id(), m.slotNumber(), slot.startsAt().atZoneSameInstant(event.zone()),
                    slot.endsAt().atZoneSameInstant(event.zone()), tables.get(m.tableNumber()).name(), other.displayName(),
                    other.contactName());
        }).toList();
        return new Agenda(event, participant, entries);
    }
}
