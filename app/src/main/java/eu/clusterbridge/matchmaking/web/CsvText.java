package eu.clusterbridge.matchmaking.web;

import java.util.Arrays;
import java.util.List;

import eu.clusterbridge.shared.CsvLines;

/** A CSV text built row by row (RFC 4180, through the shared {@link CsvLines}, as the seed-data export writes it). */
final class CsvText {

    private final StringBuilder text = new StringBuilder();

    CsvText row(Object... fields) {
        text.append(CsvLines.line(Arrays.stream(fields).map(f -> f == null ? null : String.valueOf(f)).toList()));
        return this;
    }

    CsvText rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
