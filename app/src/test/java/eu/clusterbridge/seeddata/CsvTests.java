package eu.clusterbridge.seeddata;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTests {

    @Test
    void quotesOnlyWhatNeedsQuotingAndReadsItBack() {
        List<String> fields = Arrays.asList("plain", "with, comma", "with \"quotes\"", "two\nlines", "", null);
        String line = Csv.line(fields);
        assertThat(line).isEqualTo("plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\"\",\r\n");
        assertThat(Csv.parse(line, "test")).containsExactly(fields);
    }

    @Test
    void readsSeveralRowsWithEitherLineEnding() {
        assertThat(Csv.parse("a,b\r\nc,d\ne,f", "test"))
                .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e", "f"));
    }

    @Test
    void anUnclosedQuoteIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> Csv.parse("a,\"b\n", "organisations.csv"))
                .isInstanceOf(DataSetException.class)
                .hasMessageContaining("organisations.csv");
    }
}
