package eu.clusterbridge.directory;

import java.math.BigDecimal;
import java.util.List;

import eu.clusterbridge.shared.TextLists;

/** The editable part of an organisation's profile, as entered in a form or sent to the API. */
public record OrganisationProfile(
        String name,
        List<String> aliases,
        String type,
        String country,
        String nutsRegion,
        String city,
        String website,
        String email,
        String description,
        List<String> sectors,
        List<String> valueChainStages,
        List<String> technologies,
        List<String> services,
        List<String> targetMarkets,
        List<String> facts,
        Integer memberCount,
        Integer smeCount,
        BigDecimal staffFte,
        Integer yearFounded,
        ExcellenceLabel excellenceLabel) {

    public OrganisationProfile {
        aliases = TextLists.clean(aliases);
        sectors = TextLists.clean(sectors);
        valueChainStages = TextLists.clean(valueChainStages);
        technologies = TextLists.clean(technologies);
        services = TextLists.clean(services);
        targetMarkets = TextLists.clean(targetMarkets);
        facts = TextLists.clean(facts);
    }

}
