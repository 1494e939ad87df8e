package eu.clusterbridge.matchmaking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import eu.clusterbridge.matchmaking.Agenda;
import eu.clusterbridge.matchmaking.Agendas;
import eu.clusterbridge.matchmaking.MatchmakingEvent;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.matchmaking.Participant;
import eu.clusterbridge.matchmaking.Registrations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Agenda e-mails to each participant's people: once when the agendas are published, again whenever a published
 * agenda changes (a meeting moved, added or removed — noticed by comparing a fingerprint of the meetings with the
 * one last mailed), and a reminder the day before the event's first slot. Scheduled jobs with a {@link Clock}.
 */
@Component
public class AgendaMail {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private final MatchmakingEvents events;
    private final Registrations registrations;
    private final Agendas agendas;
    private final AgendaNoticeStore notices;
    private final ParticipantMail mail;
    private final Clock clock;

    @Autowired
    AgendaMail(MatchmakingEvents events, Registrations registrations, Agendas agendas, AgendaNoticeStore notices, ParticipantMail mail) {
        this(events, registrations, agendas, notices, mail, Clock.systemUTC());
    }

    private AgendaMail(MatchmakingEvents events, Registrations registrations, Agendas agendas, AgendaNoticeStore notices,
                       ParticipantMail mail, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.agendas = agendas;
        this.notices = notices;
        this.mail = mail;
        this.clock = clock;
    }

    /** The same jobs with another clock (tests: "the day before the event"). */
    public AgendaMail at(Clock other) {
        return new AgendaMail(events, registrations, agendas, notices, mail, other);
    }

    /** Mails every participant whose published agenda is new or changed since the last mail; returns how many agendas. */
    @Scheduled(initialDelayString = "${clusterbridge.matchmaking.jobs.every:PT5M}", fixedDelayString = "${clusterbridge.matchmaking.jobs.every:PT5M}")
    public int mailNewAndChangedAgendas() {
        return notices.published().stream().mapToInt(this::mailNewAndChangedAgendas).sum();
    }

    /** The same for one event (the job runs it for every published one). */
    public int mailNewAndChangedAgendas(long eventId) {
        int told = 0;
        Map<Long, String> last = notices.fingerprints(eventId);
        for (Participant p : registrations.ofEvent(eventId)) {
            Agenda agenda = agendas.publishedOf(eventId, p.id()).orElse(null);
            if (agenda == null) {
                break; // not published, or hidden again meanwhile
            }
            String fingerprint = fingerprint(agenda);
            if (!fingerprint.equals(last.get(p.id()))) {
                boolean first = !last.containsKey(p.id());
                send(agenda, first ? "Your agenda for " + agenda.event().name() + " is published"
                        : "Your agenda for " + agenda.event().name() + " has changed");
                notices.noted(p.id(), fingerprint, OffsetDateTime.now(clock));
                told++;
            }
        }
        return told;
    }

    /** The day before an event's first slot (in its time zone), reminds every participant once; returns how many. */
    @Scheduled(initialDelayString = "${clusterbridge.matchmaking.jobs.every:PT5M}", fixedDelayString = "${clusterbridge.matchmaking.jobs.every:PT5M}")
    public int remindTheDayBefore() {
        return notices.publishedUnreminded().stream().mapToInt(this::remindTheDayBefore).sum();
    }

    /** The same for one event, if it is published, not yet reminded and starts tomorrow. */
    public int remindTheDayBefore(long eventId) {
        MatchmakingEvent event = events.get(eventId);
        LocalDate first = events.slots(eventId).stream().map(s -> s.startsAt().atZoneSameInstant(event.zone()).toLocalDate())
                .min(LocalDate::compareTo).orElse(null);
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        if (!event.isPublished() || first == null || !first.equals(today.plusDays(1))
                || !notices.markReminded(eventId, OffsetDateTime.now(clock))) {
            return 0;
        }
        int reminded = 0;
        for (Participant p : registrations.ofEvent(eventId)) {
            agendas.publishedOf(eventId, p.id()).ifPresent(agenda -> send(agenda, "Tomorrow: " + event.name() + " — your agenda"));
            reminded++;
        }
        return reminded;
    }

    private void send(Agenda agenda, String subject) {
        String lines = agenda.entries().isEmpty() ? "No meetings are scheduled for you."
                : agenda.entries().stream().map(e -> WHEN.format(e.starts()) + "–" + e.ends().toLocalTime() + "  " + e.table() + "  with " + e.with())
                        .collect(Collectors.joining("\n"));
        mail.send(agenda.participant(), subject, "Agenda of " + agenda.participant().displayName() + " at " + agenda.event().name()
                + " (times in " + agenda.event().timeZone() + "):\n\n" + lines,
                "/matchmaking/" + agenda.event().key() + "/agendas/" + agenda.participant().id());
    }

    static String fingerprint(Agenda agenda) {
        String text = agenda.entries().stream().map(e -> e.slot() + "|" + e.table() + "|" + e.with()).sorted().collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
