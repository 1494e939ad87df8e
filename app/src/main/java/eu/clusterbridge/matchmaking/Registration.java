package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;

/**
 * An organisation of the directory registering for an event.
 *
 * @param type             code of the participant type, required when the event has types
 * @param sessions         ids of the sessions attended; empty means all of them
 * @param unavailableSlots numbers of slots in which the participant cannot meet
 * @param ownTable         the participant hosts every meeting at a table of their own
 * @param maxMeetings      the participant's own limit, or {@code null}
 */
public record Registration(
        Long organisationId,
        String type,
        String contactName,
        String contactEmail,
        String profile,
        Integer maxMeetings,
        List<Long> sessions,
        List<Integer> unavailableSlots,
        Boolean ownTable,
        List<Item> items) {

    public Registration {
        ownTable = Boolean.TRUE.equals(ownTable);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
        unavailableSlots = unavailableSlots == null ? List.of() : List.copyOf(unavailableSlots);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A marketplace item: an offer, a request or a cooperation type, with the organiser's custom fields. */
    public record Item(ItemKind kind, String title, String description, String cooperationType, Map<String, String> fields) {

        public Item {
            fields = fields == null ? Map.of() : Map.copyOf(fields);
        }
    }
}
