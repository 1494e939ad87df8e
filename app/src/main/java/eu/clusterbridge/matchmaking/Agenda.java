package eu.clusterbridge.matchmaking;

import java.time.ZonedDateTime;
import java.util.List;

/** One participant's meetings in time order, in the event's time zone. */
public record Agenda(MatchmakingEvent event, Participant participant, List<Entry> entries) {

    /** A meeting on the agenda: when, where and with whom. */
    public record Entry(long meetingId, int slot, ZonedDateTime starts, ZonedDateTime ends, String table, String with,
                        String withContact) {
    }
}
