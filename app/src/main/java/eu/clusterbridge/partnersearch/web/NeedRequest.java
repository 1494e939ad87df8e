package eu.clusterbridge.partnersearch.web;

import java.util.List;

import eu.clusterbridge.partnersearch.Need;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/recommendations}: a free-text need, what it should cover, and the usual filters. */
@Schema(description = "A free-text need with optional structure and filters")
record NeedRequest(
        @Schema(description = "what you look for, e.g. \"smart packaging partners in Portugal for a mission to Canada\"",
                requiredMode = Schema.RequiredMode.REQUIRED) String need,
        @Schema(description = "sector codes the partner should work in (ranking, not a filter)") List<String> needSector,
        @Schema(description = "value-chain stage codes the partner should cover") List<String> valueChainStage,
        @Schema(description = "target-market country codes of the project") List<String> targetMarket,
        @Schema(description = "1–50, default 10") Integer limit,
        @Schema(description = "only partners in these countries") List<String> country,
        @Schema(description = "no partners in these countries") List<String> excludeCountry,
        @Schema(description = "only partners with one of these sectors") List<String> sector,
        @Schema(description = "partnership ids left out of the network signal") List<Long> excludePartnership) {

    Need toNeed() {
        return new Need(need, needSector, valueChainStage, targetMarket);
    }

    RecommendationFilters filters() {
        return FilterParameters.of(limit, country, excludeCountry, sector, excludePartnership);
    }
}
