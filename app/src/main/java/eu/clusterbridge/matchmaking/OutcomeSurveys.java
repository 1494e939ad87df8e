package eu.clusterbridge.matchmaking;

import java.util.List;

import eu.clusterbridge.matchmaking.internal.OutcomeStore;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the event: each side of a meeting says what it led to. The participant's own people answer for it, the
 * organiser may answer on their behalf (both decided by {@link EventAccess#requireActsFor}); answering again
 * replaces the earlier answer.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeSurveys {

    private final Registrations registrations;
    private final ScheduleBoard board;
    private final OutcomeStore outcomes;
    private final EventAccess access;

    OutcomeSurveys(Registrations registrations, ScheduleBoard board, OutcomeStore outcomes, EventAccess access) {
        this.registrations = registrations;
        this.board = board;
        this.outcomes = outcomes;
        this.access = access;
    }

    @Transactional
    public SurveyAnswer answer(long meetingId, long participantId, MeetingOutcome outcome, String comment) {
        Participant participant = registrations.get(participantId);
        access.requireActsFor(participant);
        Meeting meeting = board.get(meetingId);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        new FieldChecks().required("outcome", outcome).maxLength("comment", text, 2000)
                .when(!meeting.involves(participantId), "meeting", "is not a meeting of " + participant.displayName())
                .orThrow();
        outcomes.save(meetingId, participantId, outcome, text, access.actor());
        return ofParticipant(participantId).stream().filter(a -> a.meetingId() == meetingId).findFirst()
                .orElseThrow(() -> InvalidInput.of("meeting", "the answer was not saved"));
    }

    /** A participant's answers (for their own survey page). */
    public List<SurveyAnswer> ofParticipant(long participantId) {
        access.requireActsFor(registrations.get(participantId));
        return outcomes.ofParticipant(participantId);
    }

    /** Every answer of the event, for the organiser's statistics and export. */
    public List<SurveyAnswer> ofEvent(long eventId) {
        access.requireOrganiser(eventId);
        return outcomes.ofEvent(eventId);
    }
}
