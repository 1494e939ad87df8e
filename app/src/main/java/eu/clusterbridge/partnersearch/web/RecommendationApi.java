package eu.clusterbridge.partnersearch.web;

import java.util.List;

import eu.clusterbridge.partnersearch.PartnerRecommendations;
import eu.clusterbridge.partnersearch.Recommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner recommendations over REST. All three are queries, so all are public: {@code POST /api/recommendations}
 * only carries its need in a body because a need can be long.
 */
@RestController
@Tag(name = "Partner recommendations", description = "Complementary partners, ranked and explained")
class RecommendationApi {

    private static final String FILTERS = " Filters: limit (1–50, default 10); country, excludeCountry and sector (repeatable: "
            + "a partner must be in one of the countries, in none of the excluded ones, and have one of the sectors); "
            + "excludePartnership (repeatable partnership ids whose ties the network signal ignores). Every result has "
            + "its score, a plain-language explanation and the score components (value 0–1, weight, points, reason).";

    private final PartnerRecommendations recommendations;

    RecommendationApi(PartnerRecommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/organisations/{id}/recommendations")
    @Operation(summary = "Recommend new partners for an organisation", description = "Existing partners are left out." + FILTERS)
    Recommendations forOrganisation(@PathVariable Long id, @RequestParam(required = false) Integer limit,
                                    @RequestParam(required = false) List<String> country,
                                    @RequestParam(required = false) List<String> excludeCountry,
                                    @RequestParam(required = false) List<String> sector,
                                    @RequestParam(required = false) List<Long> excludePartnership) {
        return recommendations.forOrganisation(id, FilterParameters.of(limit, country, excludeCountry, sector, excludePartnership));
    }

    @GetMapping("/api/partnerships/{id}/recommendations")
    @Operation(summary = "Recommend who could join a partnership to fill its gaps", description = "Its partners are left out." + FILTERS)
    Recommendations forPartnership(@PathVariable Long id, @RequestParam(required = false) Integer limit,
                                   @RequestParam(required = false) List<String> country,
                                   @RequestParam(required = false) List<String> excludeCountry,
                                   @RequestParam(required = false) List<String> sector,
                                   @RequestParam(required = false) List<Long> excludePartnership) {
        return recommendations.forPartnership(id, FilterParameters.of(limit, country, excludeCountry, sector, excludePartnership));
    }

    @PostMapping("/api/recommendations")
    @Operation(summary = "Recommend partners for a free-text need",
            description = "Countries named in the need are read: \"in Portugal\" keeps to partners there (unless country is set), others (\"a mission to "
                    + "Canada\") are target markets. A query, not a change: public, nothing is stored." + FILTERS)
    Recommendations forNeed(@RequestBody NeedRequest request) {
        return recommendations.forNeed(request.toNeed(), request.filters());
    }
}
