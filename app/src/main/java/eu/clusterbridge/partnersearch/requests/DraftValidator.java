package eu.clusterbridge.partnersearch.requests;

import java.time.LocalDate;

import eu.clusterbridge.community.CommunityEvents;
import eu.clusterbridge.matchmaking.MatchmakingEventNotFound;
import eu.clusterbridge.matchmaking.MatchmakingEvents;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/**
 * Every rule of a request's fields, reported together: text lengths, known taxonomy codes, a deadline from today
 * up to a year ahead (a request is a current search, not a standing advert), and linked events that exist.
 */
@Component
class DraftValidator {

    static final int MAX_DAYS_AHEAD = 366;

    private final Taxonomy taxonomy;
    private final CommunityEvents communityEvents;
    private final MatchmakingEvents matchmakingEvents;

    DraftValidator(Taxonomy taxonomy, CommunityEvents communityEvents, MatchmakingEvents matchmakingEvents) {
        this.taxonomy = taxonomy;
        this.communityEvents = communityEvents;
        this.matchmakingEvents = matchmakingEvents;
    }

    FieldChecks check(RequestDraft draft, LocalDate today) {
        return new FieldChecks()
                .required("kind", draft.kind())
                .required("title", draft.title()).maxLength("title", draft.title(), RequestDraft.MAX_TITLE)
                .required("description", draft.description()).maxLength("description", draft.description(), RequestDraft.MAX_DESCRIPTION)
                .allKnown("sectors", draft.sectors(), taxonomy::isSector, "sector")
                .allKnown("valueChainStages", draft.valueChainStages(), taxonomy::isValueChainStage, "value-chain stage")
                .allKnown("countries", draft.countries(), taxonomy::isCountry, "country code")
                .when(draft.sectors().size() > 10, "sectors", "at most 10")
                .when(draft.countries().size() > 40, "countries", "at most 40")
                .required("deadline", draft.deadline())
                .when(draft.deadline() != null && draft.deadline().isBefore(today), "deadline", "must not be in the past")
                .when(draft.deadline() != null && draft.deadline().isAfter(today.plusDays(MAX_DAYS_AHEAD)), "deadline",
                        "must be within a year")
                .when(draft.communityEventId() != null && communityEvents.find(draft.communityEventId()).isEmpty(),
                        "communityEventId", "is not an event or call of the calendar")
                .when(draft.matchmakingEventId() != null && !matchmakingEventExists(draft.matchmakingEventId()),
                        "matchmakingEventId", "is not a matchmaking event");
    }

    private boolean matchmakingEventExists(long id) {
        try {
            matchmakingEvents.get(id);
            return true;
        } catch (MatchmakingEventNotFound notFound) {
            return false;
        }
    }
}
