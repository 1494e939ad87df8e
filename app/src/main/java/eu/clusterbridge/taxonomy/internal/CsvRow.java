package eu.clusterbridge.taxonomy.internal;

import java.util.List;
import java.util.Map;

/** One data row of a taxonomy file, read by column name, that knows where it came from for error messages. */
public record CsvRow(String file, int line, Map<String, Integer> columns, List<String> values) {

    /** The value of {@code column}, which must not be blank. */
    public String required(String column) {
        String value = optional(column);
        if (value == null) {
            throw problem("column '" + column + "' is empty");
        }
        return value;
    }

    /** The value of {@code column}, or {@code null} when the cell is blank. */
    public String optional(String column) {
        Integer index = columns.get(column);
        if (index == null) {
            throw new MalformedTaxonomyFile(file, 0, "no column '" + column + "' in the header row");
        }
        String value = values.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    public int integer(String column) {
        String value = required(column);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw problem("column '" + column + "' is '" + value + "', not a whole number");
        }
    }

    public <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        String value = required(column);
        String name = value.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw problem("column '" + column + "' is '" + value + "', not one of " + List.of(type.getEnumConstants()));
    }

    public MalformedTaxonomyFile problem(String message) {
        return new MalformedTaxonomyFile(file, line, message);
    }
}
