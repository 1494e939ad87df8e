package eu.clusterbridge.partnerships.web;

import java.util.List;

import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.partnerships.TargetMarketCount;
import eu.clusterbridge.taxonomy.Taxonomy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where the partnerships go: a world map of their target markets (ECharts, drawn in the browser from the
 * JSON below) with the same numbers as an accessible table for screen readers and no-JavaScript browsers.
 */
@Controller
@Tag(name = "Partnerships")
class TargetMarketsMap {

    /** A target market with the ISO numeric code the world map's shapes are keyed by. */
    record MarketJson(String country, String numericCode, String name, long partnerships, List<String> acronyms) {
    }

    private final Partnerships partnerships;
    private final Taxonomy taxonomy;

    TargetMarketsMap(Partnerships partnerships, Taxonomy taxonomy) {
        this.partnerships = partnerships;
        this.taxonomy = taxonomy;
    }

    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("markets", markets());
        return "partnerships/map";
    }

    @GetMapping("/api/partnerships/target-markets")
    @ResponseBody
    @Operation(summary = "Target markets of the partnerships, with counts (the data of the world map)")
    List<MarketJson> markets() {
        return partnerships.targetMarkets().stream().map(this::json).toList();
    }

    private MarketJson json(TargetMarketCount count) {
        var country = taxonomy.country(count.country());
        return new MarketJson(count.country(), country.map(c -> c.numeric()).orElse(null),
                country.map(c -> c.name()).orElse(count.country()), count.partnerships(), count.acronyms());
    }
}
