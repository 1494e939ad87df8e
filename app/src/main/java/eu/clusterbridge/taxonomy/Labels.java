package eu.clusterbridge.taxonomy;

import org.springframework.stereotype.Component;

/**
 * Human-readable names for stored codes ("PT" → "Portugal", "PT16" → "Centro (PT)"), for pages and facets.
 * An unknown code is shown as it is rather than hidden. Templates call it as {@code @labels}.
 */
@Component("labels")
public class Labels {

    private final Taxonomy taxonomy;

    Labels(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public String country(String code) {
        return taxonomy.country(code).map(Country::name).orElse(code);
    }

    public String region(String code) {
        return taxonomy.nutsRegion(code).map(region -> region.name() + " (" + region.code() + ")").orElse(code);
    }

    public String sector(String code) {
        return taxonomy.sector(code).map(Sector::name).orElse(code);
    }

    public String organisationType(String code) {
        if ("PARTNERSHIP".equals(code)) {
            return "Partnership";
        }
        return taxonomy.organisationType(code).map(OrganisationType::label).orElse(code);
    }

    public String valueChainStage(String code) {
        return taxonomy.valueChainStage(code).map(ValueChainStage::name).orElse(code);
    }
}
