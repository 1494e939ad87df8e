package eu.clusterbridge.search.web;

import eu.clusterbridge.search.DirectorySearch;
import eu.clusterbridge.search.SearchPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the same search as the directory page, as JSON. */
@RestController
@Tag(name = "Search", description = "Full-text and faceted search over organisations and partnerships")
class SearchApi {

    private final DirectorySearch search;

    SearchApi(DirectorySearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search organisations and partnerships",
            description = "q: free text (accents and word forms ignored). Facet filters, repeatable: type, country, region, "
                    + "sector, programme, targetMarket — values of one facet are alternatives, facets combine. page is 0-based, size 1–100.")
    SearchPage search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        return search.search(SearchParameters.from(parameters));
    }
}
