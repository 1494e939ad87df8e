package eu.clusterbridge.shared;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

    @Test
    void keysAreReadableAsciiWithoutAccents() {
        assertThat(Slugs.of("Cluster Construcción Sostenible")).isEqualTo("cluster-construccion-sostenible");
        assertThat(Slugs.of("Arts & Crafts  Łódź!")).isEqualTo("arts-and-crafts-lodz");
        assertThat(Slugs.of("???")).isEqualTo("record");
    }

    @Test
    void aTakenKeyGetsANumber() {
        Set<String> taken = Set.of("packbridge", "packbridge-2");
        assertThat(Slugs.unique("Packbridge", taken::contains)).isEqualTo("packbridge-3");
    }
}
