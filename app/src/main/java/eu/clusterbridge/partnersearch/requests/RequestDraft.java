package eu.clusterbridge.partnersearch.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as typed in the form or sent to the API: the organisation it is posted for, what it seeks or offers,
 * where in the taxonomy, until when, and optionally the community event/call or matchmaking event it is about.
 * Checked by {@link PartnerRequests}; on an update the organisation cannot change.
 */
public record RequestDraft(Long organisationId, RequestKind kind, String title, String description, List<String> sectors,
                           List<String> valueChainStages, List<String> countries, LocalDate deadline, Long communityEventId,
                           Long matchmakingEventId) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;

    public RequestDraft {
        sectors = clean(sectors);
        valueChainStages = clean(valueChainStages);
        countries = clean(countries);
    }

    private static List<String> clean(List<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).distinct().toList();
    }
}
