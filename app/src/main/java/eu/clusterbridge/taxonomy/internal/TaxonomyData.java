package eu.clusterbridge.taxonomy.internal;

import java.util.List;
import java.util.Map;

import eu.clusterbridge.taxonomy.Country;
import eu.clusterbridge.taxonomy.NutsRegion;
import eu.clusterbridge.taxonomy.OrganisationType;
import eu.clusterbridge.taxonomy.Sector;
import eu.clusterbridge.taxonomy.ValueChainStage;

/** Everything read from the taxonomy files, already checked for consistency, in file order. */
public record TaxonomyData(List<Country> countries, Map<String, String> countryAliases, List<NutsRegion> nutsRegions,
                           List<Sector> sectors, List<OrganisationType> organisationTypes,
                           List<ValueChainStage> valueChainStages) {
}
