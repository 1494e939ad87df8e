package eu.clusterbridge.seeddata;

import java.util.List;

import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;
import eu.clusterbridge.shared.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordMergeTests {

    @Test
    void twoRecordsOfOneOrganisationBecomeOneWithEveryNameAndSource() {
        OrganisationRecord annex = aCluster("Packbridge", "SE", null, new Source("003", "Annex 1, AdPack", "1889"));
        OrganisationRecord news = aCluster("PackBridge AB", null, "Malmö", new Source("002", "Latest news", "165"));

        OrganisationRecord merged = RecordMerge.organisations(annex, news);

        assertThat(merged.name()).isEqualTo("Packbridge");
        assertThat(merged.aliases()).containsExactly("PackBridge AB");
        assertThat(merged.country()).isEqualTo("SE");
        assertThat(merged.city()).isEqualTo("Malmö");
        assertThat(merged.sources()).hasSize(2);
    }

    @Test
    void contradictingFactsStopTheLoadNamingKeyAndField() {
        OrganisationRecord a = aCluster("Packbridge", "SE", null, new Source("003", "s", "1"));
        OrganisationRecord b = aCluster("Packbridge", "DK", null, new Source("002", "s", "2"));
        assertThatThrownBy(() -> RecordMerge.organisations(a, b))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("packbridge").hasMessageContaining("country");
    }

    private static OrganisationRecord aCluster(String name, String country, String city, Source source) {
        return new OrganisationRecord("packbridge", name, List.of(), "CLUSTER_ORGANISATION", country, null, city, null, null,
                null, List.of("paper-and-packaging"), List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null,
                null, null, List.of(source), List.of());
    }
}
