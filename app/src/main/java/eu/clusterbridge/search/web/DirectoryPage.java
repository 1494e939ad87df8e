package eu.clusterbridge.search.web;

import eu.clusterbridge.search.DirectorySearch;
import eu.clusterbridge.search.SearchPage;
import eu.clusterbridge.search.SearchQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The directory page: search box, facets and results. Every state is a URL; htmx asks for the
 * {@code search-area} fragment only, and pushes the URL, so results stay shareable and the back button works.
 */
@Controller
class DirectoryPage {

    private final DirectorySearch search;

    DirectoryPage(DirectorySearch search) {
        this.search = search;
    }

    @GetMapping("/directory")
    String directory(@RequestParam MultiValueMap<String, String> parameters,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        SearchQuery query = SearchParameters.from(parameters);
        SearchPage page = search.search(query);
        model.addAttribute("query", query);
        model.addAttribute("result", page);
        model.addAttribute("previousUrl", page.page() > 0 ? pageUrl(page.page() - 1) : null);
        model.addAttribute("nextUrl", page.page() + 1 < page.pages() ? pageUrl(page.page() + 1) : null);
        return htmx != null ? "directory/search :: search-area" : "directory/search";
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
    }
}
