package eu.clusterbridge.shared;

import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV records: fields quoted when they hold a comma, quote or line break; quotes doubled; CRLF. */
public final class CsvLines {

    private CsvLines() {
    }

    /** One record; a {@code null} field is written empty, an empty string as {@code ""} so the two stay apart. */
    public static String line(List<String> fields) {
        return fields.stream().map(CsvLines::quote).collect(Collectors.joining(",")) + "\r\n";
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
