package eu.clusterbridge.matchmaking;

import java.util.List;
import java.util.Map;

/**
 * An event in figures, for its organiser.
 *
 * @param requests       requests by status (every request ever sent counts once, in the status it has now)
 * @param acceptanceRate accepted ÷ (accepted + declined + expired): of the requests answered or left to expire,
 *                       the share accepted; {@code null} before any was
 * @param scheduled      meetings that were on the board: those still there plus those freed by no-shows
 * @param held           meetings on the board that took place: a side's survey says so, or both sides checked in
 *                       and no survey says it did not
 * @param byCountry      survey answers by the answering organisation's country
 * @param bySector       survey answers by the answering organisation's sectors (one answer counts in each of its sectors)
 */
public record EventStatistics(
        int participants,
        int checkedIn,
        int noShows,
        Map<RequestStatus, Long> requests,
        long requestsSent,
        Double acceptanceRate,
        long scheduled,
        long freed,
        long held,
        Map<MeetingOutcome, Long> outcomes,
        List<OutcomeGroup> byCountry,
        List<OutcomeGroup> bySector) {

    /** Answers of one country or sector, by outcome. */
    public record OutcomeGroup(String code, Map<MeetingOutcome, Long> counts, long total) {
    }
}
