package eu.clusterbridge.seeddata;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.IntegrationTest;
import eu.clusterbridge.partnerships.Programme;
import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;
import eu.clusterbridge.seeddata.DataSet.PartnerRecord;
import eu.clusterbridge.seeddata.DataSet.PartnershipRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed data reaches the database complete and exact, and export/import round trips lose nothing. */
@IntegrationTest
class SeedDataTests {

    @Autowired
    DataSetExporter exporter;

    @Autowired
    DataSetImporter importer;

    private final DataSet seeds = SeedFiles.read("seed");

    @Test
    void everyAnnexOnePartnershipIsLoaded() {
        Map<Programme, Long> byProgramme = exporter.export().partnerships().stream()
                .collect(Collectors.groupingBy(PartnershipRecord::programme, Collectors.counting()));
        assertThat(byProgramme.get(Programme.ESCP_4I_1)).as("ESCP-4i first generation, Annex 1 Table 1").isEqualTo(25);
        assertThat(byProgramme.get(Programme.ESCP_4I_2)).as("ESCP-4i second generation, Annex 1 Table 2").isEqualTo(25);
        assertThat(byProgramme.get(Programme.ESCP_S3)).as("ESCP-S3, Annex 1 Table 3").isEqualTo(9);
    }

    @Test
    void theDatabaseHoldsEverySeedRecordExactly() {
        // Other tests share this database and add records of their own: every seed record must be there, unchanged.
        DataSet exported = exporter.export();
        SoftAssertions softly = new SoftAssertions();
        sameRecords(softly, seeds.organisations(), exported.organisations(), OrganisationRecord::key);
        sameRecords(softly, seeds.partnerships(), exported.partnerships(), PartnershipRecord::key);
        sameRecords(softly, seeds.events(), exported.events(), DataSet.EventRecord::key);
        softly.assertAll();
    }

    private static <T> void sameRecords(SoftAssertions softly, List<T> seeded, List<T> stored, Function<T, String> key) {
        Map<String, T> storedByKey = byKey(stored, key);
        for (T record : seeded) {
            softly.assertThat(storedByKey.get(key.apply(record))).as(key.apply(record)).isEqualTo(record);
        }
    }

    @Test
    void everyPartnerOfEveryPartnershipIsAnOrganisationOfTheDirectory() {
        DataSet exported = exporter.export();
        var keys = exported.organisations().stream().map(OrganisationRecord::key).collect(Collectors.toSet());
        assertThat(exported.partnerships()).allSatisfy(p ->
                assertThat(p.partners()).extracting(PartnerRecord::organisation).as(p.key()).allMatch(keys::contains));
    }

    @Test
    void everyPartnershipPresentedInAnnexOneHasItsPartners() {
        // The Annex presents strands 1 and 2 of the first generation, all of the second and all ESCP-S3;
        // the ten voluntary first-generation partnerships are listed in Table 1 only.
        assertThat(exporter.export().partnerships())
                .filteredOn(p -> p.programme() == Programme.ESCP_4I_2 || p.programme() == Programme.ESCP_S3
                        || (p.programme() == Programme.ESCP_4I_1 && p.strand() != eu.clusterbridge.partnerships.Strand.VOLUNTARY))
                .hasSize(49)
                .allSatisfy(p -> assertThat(p.partners()).as(p.key()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void aJsonExportReadsBackToTheSameDataSet() {
        DataSet exported = exporter.export();
        DataSet reread = OpenDataFormats.readJson(new ByteArrayInputStream(OpenDataFormats.json(exported)));
        assertThat(reread).isEqualTo(exported);
    }

    @Test
    void aCsvExportReadsBackToTheSameDataSet() throws Exception {
        DataSet exported = exporter.export();
        DataSet reread = OpenDataFormats.readCsvZip(new ByteArrayInputStream(OpenDataFormats.csvZip(exported)));
        assertThat(reread).isEqualTo(exported);
    }

    @Test
    void importingAnExportChangesNothing() {
        DataSet before = exporter.export();
        importer.importAll(before);
        assertThat(exporter.export()).isEqualTo(before);
    }

    @Test
    void anImportWithABrokenRecordWritesNothing() {
        DataSet before = exporter.export();
        OrganisationRecord fresh = new OrganisationRecord("a-new-cluster", "A New Cluster", List.of(), "CLUSTER_ORGANISATION",
                "PT", null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, null, List.of(), List.of());
        PartnershipRecord broken = new PartnershipRecord("broken", "BROKEN", "A partnership with an unknown partner",
                Programme.OTHER, null, null, null, null, List.of(),
                List.of(new PartnerRecord("no-such-organisation", "PT", "partner", false)),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), null, List.of(), List.of());

        assertThatThrownBy(() -> importer.importAll(new DataSet(List.of(fresh), List.of(broken), List.of())))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("partnerships[broken].partners[0].organisation")
                .hasMessageContaining("no-such-organisation");
        assertThat(exporter.export()).isEqualTo(before);
    }

    private static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        return records.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
