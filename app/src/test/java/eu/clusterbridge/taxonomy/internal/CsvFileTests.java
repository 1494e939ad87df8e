package eu.clusterbridge.taxonomy.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file format: comments, a header, quoted fields, and errors that point at the line to fix. */
class CsvFileTests {

    @Test
    void commentsAreSkippedAndQuotedFieldsKeepTheirCommasAndQuotes() {
        List<CsvRow> rows = CsvFile.parse("t.csv", """
                # Source: somewhere
                code,name
                a,"Marketing, design and publishing"
                b,"The ""quoted"" one"
                """);
        assertThat(rows).extracting(row -> row.required("name"))
                .containsExactly("Marketing, design and publishing", "The \"quoted\" one");
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsNamesFileAndLine() {
        assertThatThrownBy(() -> CsvFile.parse("taxonomy/t.csv", "# c\ncode,name\na,b\nc,d,e\n"))
                .isInstanceOf(MalformedTaxonomyFile.class)
                .hasMessage("taxonomy/t.csv line 4: expected 2 fields, found 3");
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvFile.parse("t.csv", "code,name\na,\"open\n"))
                .hasMessageContaining("t.csv line 2: unterminated quote");
    }

    @Test
    void emptyRequiredCellsAndBadNumbersAreErrors() {
        CsvRow row = CsvFile.parse("t.csv", "code,level\n,x\n").get(0);
        assertThatThrownBy(() -> row.required("code")).hasMessage("t.csv line 2: column 'code' is empty");
        assertThatThrownBy(() -> row.integer("level")).hasMessageContaining("t.csv line 2: column 'level' is 'x'");
        assertThatThrownBy(() -> row.required("missing")).hasMessageContaining("no column 'missing'");
    }

    @Test
    void theShippedFilesAreAllWellFormed() {
        assertThat(TaxonomyReader.read().countries()).hasSize(249);
    }
}
