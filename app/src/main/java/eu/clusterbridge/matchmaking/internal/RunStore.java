package eu.clusterbridge.matchmaking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import eu.clusterbridge.matchmaking.ScheduleRun;
import eu.clusterbridge.scheduler.model.Schedule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RunStore {

    private static final String SELECT = "select id, event_id, state, progress, requested_by, created_at, finished_at, solver_status, "
            + "requests, meetings, weight, breaks, bound_weight, gap, seconds, message from matchmaking_run";

    private final JdbcClient jdbc;

    public RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long eventId, String requestedBy) {
        return jdbc.sql("insert into matchmaking_run (event_id, state, requested_by, progress) values (?, 'QUEUED', ?, 'waiting to start') returning id")
                .params(eventId, requestedBy).query(Long.class).single();
    }

    public Optional<ScheduleRun> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(RunStore::row).optional();
    }

    public Optional<ScheduleRun> latest(long eventId) {
        return jdbc.sql(SELECT + " where event_id = ? order by id desc limit 1").param(eventId).query(RunStore::row).optional();
    }

    public void progress(long id, String state, String progress) {
        jdbc.sql("update matchmaking_run set state = ?, progress = ? where id = ?").params(state, abbreviate(progress), id).update();
    }

    public void finish(long id, String state, String message) {
        jdbc.sql("update matchmaking_run set state = ?, message = ?, finished_at = now() where id = ?")
                .params(state, abbreviate(message), id).update();
    }

    public void done(long id, int requests, Schedule schedule) {
        jdbc.sql("""
                update matchmaking_run set state = 'DONE', finished_at = now(), solver_status = ?, requests = ?, meetings = ?,
                    weight = ?, breaks = ?, bound_weight = ?, gap = ?, seconds = ?, progress = 'finished' where id = ?""")
                .params(schedule.status().name(), requests, schedule.objective().meetings(), schedule.objective().weight(),
                        schedule.objective().breaks(), schedule.bound().weight(), schedule.weightGap(), schedule.seconds(), id)
                .update();
    }

    public void unplaced(long runId, long a, long b, int weight, String reason) {
        jdbc.sql("insert into matchmaking_unplaced (run_id, a_id, b_id, weight, reason) values (?, ?, ?, ?, ?)")
                .params(runId, a, b, weight, abbreviate(reason)).update();
    }

    public List<ScheduleRun.Unplaced> unplaced(long runId) {
        return jdbc.sql("select a_id, b_id, weight, reason from matchmaking_unplaced where run_id = ? order by weight desc, a_id, b_id")
                .param(runId).query((rs, n) -> new ScheduleRun.Unplaced(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4))).list();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    private static ScheduleRun row(ResultSet rs, int n) throws SQLException {
        return new ScheduleRun(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                rs.getObject(9, Integer.class), rs.getObject(10, Integer.class), rs.getObject(11, Long.class),
                rs.getObject(12, Integer.class), rs.getObject(13, Long.class), rs.getObject(14, Double.class),
                rs.getObject(15, Double.class), rs.getString(16));
    }
}
