package eu.clusterbridge.partnersearch.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A posted partner-search request, as stored. */
public record PartnerRequest(long id, long organisationId, long posterId, RequestKind kind, String title, String description,
                             List<String> sectors, List<String> valueChainStages, List<String> countries, LocalDate deadline,
                             Long communityEventId, Long matchmakingEventId, RequestStatus status, Instant createdAt) {

    public boolean isOpen() {
        return status == RequestStatus.OPEN;
    }

    public String path() {
        return "/partner-requests/" + id;
    }
}
