package eu.clusterbridge.matchmaking.web;

import java.util.List;

/** RFC 4180 CSV, as the seed-data export writes it: fields quoted when they hold a comma, quote or line break. */
final class CsvText {

    private final StringBuilder text = new StringBuilder();

    CsvText row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quote(fields[i] == null ? null : String.valueOf(fields[i])));
        }
        text.append("\r\n");
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

    private static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.isEmpty() || field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
