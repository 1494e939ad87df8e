package eu.clusterbridge.taxonomy.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a taxonomy file: UTF-8, comment lines starting with '#' (they name the source), a header row, then one
 * record per line. Fields follow RFC 4180 (double quotes around fields with commas, "" for a quote) but may not
 * span lines, which keeps every error pinned to one line number.
 */
public final class CsvFile {

    private CsvFile() {
    }

    /** The rows of classpath resource {@code path}; fails with the file and line on any malformed row. */
    public static List<CsvRow> read(String path) {
        InputStream in = CsvFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new MalformedTaxonomyFile(path, 0, "file not found on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(path, reader);
        } catch (IOException e) {
            throw new MalformedTaxonomyFile(path, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The rows of {@code text}, reported as file {@code name}; for checking the rules without a file. */
    static List<CsvRow> parse(String name, String text) {
        try {
            return rows(name, new BufferedReader(new java.io.StringReader(text)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<CsvRow> rows(String path, BufferedReader reader) throws IOException {
        Map<String, Integer> columns = null;
        List<CsvRow> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> fields = split(path, lineNumber, line);
            if (columns == null) {
                columns = header(path, lineNumber, fields);
            } else if (fields.size() != columns.size()) {
                throw new MalformedTaxonomyFile(path, lineNumber,
                        "expected " + columns.size() + " fields, found " + fields.size());
            } else {
                rows.add(new CsvRow(path, lineNumber, columns, List.copyOf(fields)));
            }
        }
        if (columns == null) {
            throw new MalformedTaxonomyFile(path, 0, "no header row");
        }
        return rows;
    }

    private static Map<String, Integer> header(String path, int lineNumber, List<String> fields) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            if (columns.put(fields.get(i).strip(), i) != null) {
                throw new MalformedTaxonomyFile(path, lineNumber, "column '" + fields.get(i) + "' appears twice");
            }
        }
        return Map.copyOf(columns);
    }

    static List<String> split(String path, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == '"') {
                throw new MalformedTaxonomyFile(path, lineNumber, "stray quote in field " + (fields.size() + 1));
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MalformedTaxonomyFile(path, lineNumber, "unterminated quote in field " + (fields.size() + 1));
        }
        fields.add(field.toString());
        return fields;
    }
}
