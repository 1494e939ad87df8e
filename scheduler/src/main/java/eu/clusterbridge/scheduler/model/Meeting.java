package eu.clusterbridge.scheduler.model;

import java.util.List;

/**
 * A requested meeting between two participants.
 *
 * @param weight    value of holding the meeting (select mode maximises the total)
 * @param session   name of the session the meeting must be held in, or {@code null} for any slot
 * @param fixedSlot the slot the meeting must be held in (if held at all), or {@code null}
 * @param after     ids of meetings that must be held in an earlier slot
 */
public record Meeting(String id, String a, String b, int weight, String session, Integer fixedSlot, List<String> after) {

    public Meeting {
        after = List.copyOf(after);
    }

    public static Meeting between(String id, String a, String b) {
        return new Meeting(id, a, b, 1, null, null, List.of());
    }

    public boolean involves(String participant) {
        return a.equals(participant) || b.equals(participant);
    }

    public String other(String participant) {
        return a.equals(participant) ? b : a;
    }
}
