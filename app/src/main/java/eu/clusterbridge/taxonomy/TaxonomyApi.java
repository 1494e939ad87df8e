package eu.clusterbridge.taxonomy;

import java.util.List;

import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only JSON access to the reference data, so forms and other clients offer exactly the codes the server accepts. */
@RestController
@RequestMapping("/api/taxonomy")
class TaxonomyApi {

    private final Taxonomy taxonomy;

    TaxonomyApi(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @GetMapping("/countries")
    List<Country> countries(@RequestParam(required = false) CountryGroup grouping) {
        return grouping == null ? taxonomy.countries() : taxonomy.countries(grouping);
    }

    /** NUTS units, optionally of one country (ISO code or alias UK/EL) and one level (0, 1 or 2). */
    @GetMapping("/nuts")
    List<NutsRegion> nuts(@RequestParam(required = false) String country, @RequestParam(required = false) Integer level) {
        new FieldChecks()
                .known("country", country, taxonomy::isCountry, "ISO 3166-1 country code")
                .range("level", level, 0, 2)
                .orThrow();
        List<NutsRegion> regions = country == null || country.isBlank() ? taxonomy.nutsRegions() : taxonomy.nutsRegions(country);
        return level == null ? regions : regions.stream().filter(region -> region.level() == level).toList();
    }

    @GetMapping("/sectors")
    List<Sector> sectors(@RequestParam(required = false) String kind) {
        if (kind == null || kind.isBlank()) {
            return taxonomy.sectors();
        }
        return SectorKind.parse(kind).map(taxonomy::sectors).orElseThrow(() ->
                InvalidInput.of("kind", "'" + kind + "' is not one of cluster-sector, emerging-industry, s3-area, ecosystem"));
    }

    @GetMapping("/organisation-types")
    List<OrganisationType> organisationTypes() {
        return taxonomy.organisationTypes();
    }

    @GetMapping("/value-chain-stages")
    List<ValueChainStage> valueChainStages() {
        return taxonomy.valueChainStages();
    }
}
