package eu.clusterbridge.matchmaking;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.matchmaking.internal.PresenceStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organiser's figures of an event: requests, meetings scheduled and held, and outcomes by country and sector. */
@Service
@Transactional(readOnly = true)
public class MatchmakingStatistics {

    /** The group of answers whose organisation names no country or no sector. */
    public static final String UNKNOWN = "unknown";

    private final Registrations registrations;
    private final MeetingRequests requests;
    private final ScheduleBoard board;
    private final OutcomeSurveys surveys;
    private final PresenceStore presence;
    private final Organisations organisations;
    private final EventAccess access;

    MatchmakingStatistics(Registrations registrations, MeetingRequests requests, ScheduleBoard board, OutcomeSurveys surveys,
                          PresenceStore presence, Organisations organisations, EventAccess access) {
        this.registrations = registrations;
        this.requests = requests;
        this.board = board;
        this.surveys = surveys;
        this.presence = presence;
        this.organisations = organisations;
        this.access = access;
    }

    /** Writes only to expire requests past their date, as every reading of the requests does. */
    @Transactional
    public EventStatistics of(long eventId) {
        access.requireOrganiser(eventId);
        List<Participant> participants = registrations.ofEvent(eventId);
        Map<Long, Presence> marks = presence.ofEvent(eventId);
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            byStatus.put(status, 0L);
        }
        List<MeetingRequest> all = requests.ofEvent(eventId);
        all.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
        long answered = byStatus.get(RequestStatus.ACCEPTED) + byStatus.get(RequestStatus.DECLINED) + byStatus.get(RequestStatus.EXPIRED);
        List<SurveyAnswer> answers = surveys.ofEvent(eventId);
        Map<Long, List<SurveyAnswer>> byMeeting = byMeeting(answers);
        List<Meeting> meetings = board.meetings(eventId);
        long freed = presence.freedCount(eventId);
        return new EventStatistics(participants.size(), count(marks, Presence.CHECKED_IN), count(marks, Presence.NO_SHOW), byStatus,
                all.size(), answered == 0 ? null : (double) byStatus.get(RequestStatus.ACCEPTED) / answered,
                meetings.size() + freed, freed, meetings.stream().filter(m -> held(m, marks, byMeeting)).count(),
                tally(answers), groups(answers, participants, true), groups(answers, participants, false));
    }

    /** Did the meeting take place: a side says so, or both checked in and neither says it did not. */
    public static boolean held(Meeting m, Map<Long, Presence> marks, Map<Long, List<SurveyAnswer>> answersByMeeting) {
        List<SurveyAnswer> mine = answersByMeeting.getOrDefault(m.id(), List.of());
        if (mine.stream().anyMatch(a -> a.outcome().tookPlace())) {
            return true;
        }
        return mine.isEmpty() && marks.get(m.aId()) == Presence.CHECKED_IN && marks.get(m.bId()) == Presence.CHECKED_IN;
    }

    private List<EventStatistics.OutcomeGroup> groups(List<SurveyAnswer> answers, List<Participant> participants, boolean country) {
        Map<Long, Long> organisationOf = participants.stream().collect(Collectors.toMap(Participant::id, Participant::organisationId));
        Map<Long, Organisation> orgs = organisations.byIds(Set.copyOf(organisationOf.values()));
        Map<String, List<SurveyAnswer>> byGroup = new TreeMap<>();
        for (SurveyAnswer a : answers) {
            Organisation o = orgs.get(organisationOf.get(a.participantId()));
            List<String> codes = o == null ? List.of() : country ? java.util.Collections.singletonList(o.getCountry()) : o.getSectors();
            codes = codes.stream().filter(java.util.Objects::nonNull).toList();
            for (String code : codes.isEmpty() ? List.of(UNKNOWN) : codes) {
                byGroup.computeIfAbsent(code, k -> new ArrayList<>()).add(a);
            }
        }
        return byGroup.entrySet().stream().map(e -> new EventStatistics.OutcomeGroup(e.getKey(), tally(e.getValue()), e.getValue().size()))
                .toList();
    }

    private static Map<MeetingOutcome, Long> tally(List<SurveyAnswer> answers) {
        Map<MeetingOutcome, Long> counts = new EnumMap<>(MeetingOutcome.class);
        for (MeetingOutcome o : MeetingOutcome.values()) {
            counts.put(o, 0L);
        }
        answers.forEach(a -> counts.merge(a.outcome(), 1L, Long::sum));
        return counts;
    }

    /** Survey answers grouped by meeting, for {@link #held}. */
    public static Map<Long, List<SurveyAnswer>> byMeeting(List<SurveyAnswer> answers) {
        return answers.stream().collect(Collectors.groupingBy(SurveyAnswer::meetingId));
    }

    private static int count(Map<Long, Presence> marks, Presence presence) {
        return (int) marks.values().stream().filter(presence::equals).count();
    }

}
