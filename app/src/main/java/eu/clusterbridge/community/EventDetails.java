package eu.clusterbridge.community;

import java.time.LocalDate;
import java.util.List;

import eu.clusterbridge.shared.TextLists;

/** What an event or call is, where and when, and the figures stated about it. */
public record EventDetails(
        EventKind kind,
        String name,
        LocalDate startDate,
        LocalDate endDate,
        LocalDate deadline,
        String city,
        String country,
        List<String> organisers,
        String description,
        List<Figure> figures,
        String url) {

    public EventDetails {
        organisers = TextLists.clean(organisers);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }
}
