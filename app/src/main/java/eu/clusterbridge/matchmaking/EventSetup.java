package eu.clusterbridge.matchmaking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything an organiser sets up for an event, as the API and the set-up form submit it.
 *
 * @param tables      names of the shared tables (own tables of hosts are added at registration)
 * @param anyToAny    anyone may request anyone; otherwise only the pairs of types listed in {@code rules}
 * @param maxMeetings meetings per participant at most, or {@code null} for no event-wide limit
 * @param fairness    largest allowed difference between two participants' numbers of breaks, or {@code null}
 * @param maxMeetingsPerSession meetings per participant in each session at most (at least 1), or {@code null} for none
 */
public record EventSetup(
        String name,
        String venue,
        Boolean online,
        String timeZone,
        LocalDate registrationDeadline,
        Integer slotMinutes,
        Integer pauseMinutes,
        RequestMode requestMode,
        Integer requestExpiryDays,
        Boolean anyToAny,
        Integer maxMeetings,
        Integer fairness,
        Integer maxMeetingsPerSession,
        List<SessionSpec> sessions,
        List<String> tables,
        List<TypeSpec> types,
        List<RuleSpec> rules) {

    public EventSetup {
        online = Boolean.TRUE.equals(online);
        anyToAny = Boolean.TRUE.equals(anyToAny);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        tables = tables == null ? List.of() : tables.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        types = types == null ? List.of() : List.copyOf(types);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public EventSetup withRequestMode(RequestMode mode) {
        return new EventSetup(name, venue, online, timeZone, registrationDeadline, slotMinutes, pauseMinutes, mode, requestExpiryDays,
                anyToAny, maxMeetings, fairness, maxMeetingsPerSession, sessions, tables, types, rules);
    }

    /** A block of meetings on one day, such as "Day 1 morning, 09:00–12:30". */
    public record SessionSpec(String name, LocalDate day, LocalTime starts, LocalTime ends) {
    }

    /** A kind of participant (buyer, supplier, cluster…) and the most meetings one of them may have. */
    public record TypeSpec(String code, String name, Integer maxMeetings) {
    }

    /** Participants of type {@code requester} may request meetings with participants of type {@code target}. */
    public record RuleSpec(String requester, String target) {
    }
}
