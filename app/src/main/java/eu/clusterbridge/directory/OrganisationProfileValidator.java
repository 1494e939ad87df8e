package eu.clusterbridge.directory;

import java.time.Year;

import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/** The rules a profile must meet before it is stored: required fields, and codes that exist in the taxonomy. */
@Component
class OrganisationProfileValidator {

    private final Taxonomy taxonomy;

    OrganisationProfileValidator(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    void validate(OrganisationProfile profile) {
        FieldChecks checks = new FieldChecks()
                .required("name", profile.name()).maxLength("name", profile.name(), 300)
                .required("type", profile.type()).known("type", profile.type(), taxonomy::isOrganisationType, "organisation type")
                .known("country", profile.country(), taxonomy::isIsoCountry, "ISO 3166-1 country code")
                .known("nutsRegion", profile.nutsRegion(), taxonomy::isNutsRegion, "NUTS 2021 region code")
                .maxLength("city", profile.city(), 120)
                .webAddress("website", profile.website())
                .email("email", profile.email())
                .allKnown("sectors", profile.sectors(), taxonomy::isSector, "sector")
                .allKnown("valueChainStages", profile.valueChainStages(), taxonomy::isValueChainStage, "value-chain stage")
                .allKnown("targetMarkets", profile.targetMarkets(), taxonomy::isIsoCountry, "ISO 3166-1 country code")
                .range("memberCount", profile.memberCount(), 0, 1_000_000)
                .range("smeCount", profile.smeCount(), 0, 1_000_000)
                .range("staffFte", profile.staffFte(), 0, 10_000)
                .range("yearFounded", profile.yearFounded(), 1800, Year.now().getValue());
        checks.when(profile.aliases().size() > 50, "aliases", "at most 50 aliases");
        for (int i = 0; i < profile.aliases().size(); i++) {
            checks.maxLength("aliases[" + i + "]", profile.aliases().get(i), 300);
        }
        checks.when(profile.nutsRegion() != null && profile.country() != null
                        && taxonomy.isNutsRegion(profile.nutsRegion())
                        && !taxonomy.nutsRegionIsIn(profile.nutsRegion(), profile.country()),
                "nutsRegion", "region " + profile.nutsRegion() + " is not in country " + profile.country());
        checks.orThrow();
    }
}
