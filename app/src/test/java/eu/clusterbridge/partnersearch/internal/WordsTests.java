package eu.clusterbridge.partnersearch.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTests {

    @Test
    void contentWordsAreFoldedSingularAndWithoutFiller() {
        assertThat(Words.of("Smart Packaging clusters: Têxtil sensors, and the partners")).containsExactly("smart", "packaging", "textil", "sensor");
    }

    @Test
    void queriesKeepDistinctWordsUpToALimit() {
        assertThat(Words.query("Packaging for packaging and the smart sensors", 2)).isEqualTo("packaging smart");
    }
}
