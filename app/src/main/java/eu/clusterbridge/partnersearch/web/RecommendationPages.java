package eu.clusterbridge.partnersearch.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnersearch.Need;
import eu.clusterbridge.partnersearch.PartnerRecommendations;
import eu.clusterbridge.partnersearch.RecommendationFilters;
import eu.clusterbridge.partnersearch.Recommendations;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Partnerships;
import eu.clusterbridge.shared.InvalidInput;
import eu.clusterbridge.taxonomy.Country;
import eu.clusterbridge.taxonomy.Taxonomy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Find partners" pages: for an organisation, for a partnership, and for a need typed in words. All are GET forms
 * (a search changes nothing), so they are public and bookmarkable; bad filters are shown next to their fields.
 */
@Controller
class RecommendationPages {

    private static final String PAGE = "partnersearch/recommendations";

    private final PartnerRecommendations recommendations;
    private final Organisations organisations;
    private final Partnerships partnerships;
    private final List<Country> countries;

    RecommendationPages(PartnerRecommendations recommendations, Organisations organisations, Partnerships partnerships, Taxonomy taxonomy) {
        this.recommendations = recommendations;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.countries = taxonomy.countries().stream().sorted(Comparator.comparing(Country::name)).toList();
    }

    @GetMapping("/organisations/{key}/partners")
    String forOrganisation(@PathVariable String key, @RequestParam(required = false) String country,
                           @RequestParam(required = false) String excludeCountry, Model model) {
        Organisation organisation = organisations.getByKey(key);
        model.addAttribute("heading", "Find partners for " + organisation.getName());
        model.addAttribute("backUrl", "/organisations/" + organisation.getKey());
        model.addAttribute("backLabel", organisation.getName());
        return show(model, country, excludeCountry, null,
                () -> recommendations.forOrganisation(organisation.getId(), filters(country, excludeCountry)));
    }

    @GetMapping("/partnerships/{key}/partners")
    String forPartnership(@PathVariable String key, @RequestParam(required = false) String country,
                          @RequestParam(required = false) String excludeCountry, Model model) {
        Partnership partnership = partnerships.getByKey(key);
        model.addAttribute("heading", "Who could join " + partnership.getAcronym());
        model.addAttribute("backUrl", "/partnerships/" + partnership.getKey());
        model.addAttribute("backLabel", partnership.getAcronym());
        return show(model, country, excludeCountry, null,
                () -> recommendations.forPartnership(partnership.getId(), filters(country, excludeCountry)));
    }

    @GetMapping("/partners")
    String forNeed(@RequestParam(required = false) String need, @RequestParam(required = false) String country,
                   @RequestParam(required = false) String excludeCountry, Model model) {
        model.addAttribute("heading", "Find partners");
        boolean asked = need != null;
        return show(model, country, excludeCountry, need == null ? "" : need,
                asked ? () -> recommendations.forNeed(Need.of(need), filters(country, excludeCountry)) : null);
    }

    private String show(Model model, String country, String excludeCountry, String need, Supplier<Recommendations> search) {
        model.addAttribute("countries", countries);
        model.addAttribute("country", country == null ? "" : country);
        model.addAttribute("excludeCountry", excludeCountry == null ? "" : excludeCountry);
        model.addAttribute("need", need);
        model.addAttribute("errors", Map.of());
        if (search != null) {
            try {
                model.addAttribute("recommendations", search.get());
            } catch (InvalidInput invalid) {
                model.addAttribute("errors", invalid.byField());
            }
        }
        return PAGE;
    }

    private static RecommendationFilters filters(String country, String excludeCountry) {
        return FilterParameters.of(null, country == null ? null : List.of(country),
                excludeCountry == null ? null : List.of(excludeCountry), null, null);
    }
}
