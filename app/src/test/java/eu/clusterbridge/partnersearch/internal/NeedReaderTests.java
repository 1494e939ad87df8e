package eu.clusterbridge.partnersearch.internal;

import eu.clusterbridge.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NeedReaderTests {

    private final NeedReader reader = new NeedReader(new Taxonomy());

    @Test
    void inACountryIsWhereThePartnerShouldBeOtherCountriesAreMarkets() {
        NeedReader.Reading reading = reader.read("Smart packaging partners in Portugal for a mission to Canada");
        assertThat(reading.locatedIn()).containsExactly("PT");
        assertThat(reading.markets()).containsExactly("CA");
        assertThat(reading.words()).isEqualTo("smart packaging partners in for a mission to");
    }

    @Test
    void accentsCaseAndLongNamesAreRead() {
        NeedReader.Reading reading = reader.read("Photonics SMEs from the United States going to CÔTE D'IVOIRE or Japan");
        assertThat(reading.locatedIn()).containsExactly("US");
        assertThat(reading.markets()).contains("JP");
    }

    @Test
    void aNeedWithoutCountriesIsAllWords() {
        NeedReader.Reading reading = reader.read("recycling of composites");
        assertThat(reading.locatedIn()).isEmpty();
        assertThat(reading.markets()).isEmpty();
        assertThat(reading.words()).isEqualTo("recycling of composites");
    }
}
