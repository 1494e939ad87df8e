package eu.clusterbridge.matchmaking.internal;

import java.util.List;

import eu.clusterbridge.matchmaking.MeetingOutcome;
import eu.clusterbridge.matchmaking.SurveyAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outcome surveys: one answer per side of a meeting, replaced when answered again. */
@Repository
public class OutcomeStore {

    private final JdbcClient jdbc;

    public OutcomeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void save(long meetingId, long participantId, MeetingOutcome outcome, String comment, String by) {
        jdbc.sql("""
                insert into matchmaking_outcome (meeting_id, participant_id, outcome, comment, answered_by) values (?, ?, ?, ?, ?)
                on conflict (meeting_id, participant_id) do update set outcome = excluded.outcome, comment = excluded.comment,
                    answered_by = excluded.answered_by, answered_at = now()""")
                .params(meetingId, participantId, outcome.name(), comment, by).update();
    }

    public List<SurveyAnswer> ofEvent(long eventId) {
        return jdbc.sql("""
                select o.meeting_id, o.participant_id, o.outcome, o.comment, o.answered_by from matchmaking_outcome o
                join matchmaking_meeting m on m.id = o.meeting_id where m.event_id = ? order by o.meeting_id, o.participant_id""")
                .param(eventId).query((rs, n) -> new SurveyAnswer(rs.getLong(1), rs.getLong(2), MeetingOutcome.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5))).list();
    }

    public List<SurveyAnswer> ofParticipant(long participantId) {
        return jdbc.sql("select meeting_id, participant_id, outcome, comment, answered_by from matchmaking_outcome where participant_id = ?")
                .param(participantId).query((rs, n) -> new SurveyAnswer(rs.getLong(1), rs.getLong(2), MeetingOutcome.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5))).list();
    }
}
