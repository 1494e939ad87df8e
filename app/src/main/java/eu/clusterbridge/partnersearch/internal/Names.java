package eu.clusterbridge.partnersearch.internal;

import java.util.Collection;
import java.util.stream.Collectors;

import eu.clusterbridge.taxonomy.Country;
import eu.clusterbridge.taxonomy.NutsRegion;
import eu.clusterbridge.taxonomy.OrganisationType;
import eu.clusterbridge.taxonomy.Sector;
import eu.clusterbridge.taxonomy.Taxonomy;
import eu.clusterbridge.taxonomy.TripleHelix;
import eu.clusterbridge.taxonomy.ValueChainStage;

/** Codes → the words explanations use ("PT" → "Portugal"); an unknown code is shown as it is. */
public final class Names {

    private final Taxonomy taxonomy;

    public Names(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public String country(String code) {
        return taxonomy.country(code).map(Country::name).orElse(code);
    }

    public String region(String code) {
        return taxonomy.nutsRegion(code).map(NutsRegion::name).orElse(code);
    }

    public String sectors(Collection<String> codes) {
        return codes.stream().map(code -> taxonomy.sector(code).map(Sector::name).orElse(code)).collect(Collectors.joining(", "));
    }

    public String stages(Collection<String> codes) {
        return codes.stream().map(code -> taxonomy.valueChainStage(code).map(ValueChainStage::name).orElse(code))
                .map(name -> name.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }

    public String countries(Collection<String> codes) {
        return codes.stream().map(this::country).collect(Collectors.joining(", "));
    }

    public TripleHelix helix(String organisationType) {
        return taxonomy.organisationType(organisationType).map(OrganisationType::tripleHelix).orElse(TripleHelix.NONE);
    }

    public static String helix(TripleHelix helix) {
        return switch (helix) {
            case INDUSTRY -> "industry";
            case RESEARCH_ACADEMIA -> "research and academia";
            case PUBLIC -> "public authorities";
            case CIVIL_SOCIETY -> "civil society";
            case NONE -> "intermediaries";
        };
    }
}
