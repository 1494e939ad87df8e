package eu.clusterbridge.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How forms carry lists and codes as text: one entry per line, codes separated by commas. */
public final class FormText {

    private FormText() {
    }

    public static List<String> lines(String text) {
        return split(text, "\n");
    }

    public static List<String> commaSeparated(String text) {
        return split(text, ",");
    }

    public static String lines(List<String> values) {
        return String.join("\n", values);
    }

    public static String commaSeparated(List<String> values) {
        return String.join(", ", values);
    }

    /** A code as stored: trimmed and upper case ("pt16 " → "PT16"), or {@code null} when blank. */
    public static String code(String text) {
        return isBlank(text) ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    public static String orNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static List<String> split(String text, String separator) {
        return text == null ? List.of()
                : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
