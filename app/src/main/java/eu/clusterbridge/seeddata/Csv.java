package eu.clusterbridge.seeddata;

import java.util.ArrayList;
import java.util.List;

import eu.clusterbridge.shared.CsvLines;

/** RFC 4180 CSV: records written by the shared {@link CsvLines}, and the parser for imports. */
final class Csv {

    private Csv() {
    }

    static String line(List<String> fields) {
        return CsvLines.line(fields);
    }

    /**
     * Parses a whole CSV text into rows. An empty unquoted field is {@code null}; a quoted empty field ("") is the
     * empty string, so the two survive a round trip.
     */
    static List<List<String>> parse(String text, String origin) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new DataSetException(origin + ", line " + line + ": a quote inside an unquoted field");
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(value(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value(field, wasQuoted));
                rows.add(row);
                row = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new DataSetException(origin + ": a quoted field is not closed");
        }
        if (field.length() > 0 || wasQuoted || !row.isEmpty()) {
            row.add(value(field, wasQuoted));
            rows.add(row);
        }
        return rows;
    }

    private static String value(StringBuilder field, boolean wasQuoted) {
        return field.length() == 0 && !wasQuoted ? null : field.toString();
    }
}
