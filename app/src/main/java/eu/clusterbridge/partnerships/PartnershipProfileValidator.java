package eu.clusterbridge.partnerships;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/** The rules a partnership must meet before it is stored. */
@Component
class PartnershipProfileValidator {

    private final Taxonomy taxonomy;
    private final Organisations organisations;

    PartnershipProfileValidator(Taxonomy taxonomy, Organisations organisations) {
        this.taxonomy = taxonomy;
        this.organisations = organisations;
    }

    void validate(PartnershipProfile profile) {
        FieldChecks checks = new FieldChecks()
                .required("acronym", profile.acronym()).maxLength("acronym", profile.acronym(), 120)
                .required("name", profile.name()).maxLength("name", profile.name(), 500)
                .required("programme", profile.programme())
                .when(profile.strand() != null && profile.programme() != Programme.ESCP_4I_1 && profile.programme() != Programme.ESCP_4I_2,
                        "strand", "only ESCP-4i partnerships have a strand")
                .when(profile.periodStart() != null && profile.periodEnd() != null && profile.periodEnd().isBefore(profile.periodStart()),
                        "periodEnd", "must not be before the start of the period")
                .range("smesInvolved", profile.smesInvolved(), 0, 1_000_000)
                .range("listNumber", profile.listNumber(), 1, 1000)
                .webAddress("website", profile.website())
                .allKnown("sectors", profile.sectors(), taxonomy::isSector, "sector")
                .allKnown("targetMarkets", profile.targetMarkets(), taxonomy::isIsoCountry, "ISO 3166-1 country code");
        for (int i = 0; i < profile.partners().size(); i++) {
            Partner partner = profile.partners().get(i);
            String field = "partners[" + i + "]";
            checks.when(!organisations.exists(partner.organisationId()), field + ".organisationId",
                    "no organisation with id " + partner.organisationId());
            checks.known(field + ".country", partner.country(), taxonomy::isIsoCountry, "ISO 3166-1 country code")
                    .required(field + ".role", partner.role()).maxLength(field + ".role", partner.role(), 60);
        }
        checks.when(profile.partners().stream().map(Partner::organisationId).distinct().count() < profile.partners().size(),
                "partners", "an organisation is listed twice");
        checks.orThrow();
    }
}
