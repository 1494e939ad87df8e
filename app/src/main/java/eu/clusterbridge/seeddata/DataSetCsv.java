package eu.clusterbridge.seeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import eu.clusterbridge.seeddata.DataSet.EventRecord;
import eu.clusterbridge.seeddata.DataSet.OrganisationRecord;
import eu.clusterbridge.seeddata.DataSet.PartnershipRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data set as CSV, one file per record type ({@code organisations.csv}, {@code partnerships.csv},
 * {@code events.csv}) in a zip. Columns are the record's fields in order; a list or nested value (aliases,
 * partners, sources) is a JSON array in its cell, so nothing is lost and a spreadsheet still shows it.
 */
final class DataSetCsv {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DataSetCsv() {
    }

    static void writeZip(DataSet dataSet, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            entry(zip, "organisations.csv", table(dataSet.organisations(), OrganisationRecord.class));
            entry(zip, "partnerships.csv", table(dataSet.partnerships(), PartnershipRecord.class));
            entry(zip, "events.csv", table(dataSet.events(), EventRecord.class));
        }
    }

    static DataSet readZip(InputStream in) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (files.isEmpty()) {
            throw new DataSetException("the upload is not a zip of CSV files (organisations.csv, partnerships.csv, events.csv)");
        }
        return new DataSet(
                records(files.getOrDefault("organisations.csv", ""), "organisations.csv", OrganisationRecord.class),
                records(files.getOrDefault("partnerships.csv", ""), "partnerships.csv", PartnershipRecord.class),
                records(files.getOrDefault("events.csv", ""), "events.csv", EventRecord.class));
    }

    static <T extends Record> String table(List<T> records, Class<T> type) {
        RecordComponent[] columns = type.getRecordComponents();
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (RecordComponent column : columns) {
            header.add(column.getName());
        }
        csv.append(Csv.line(header));
        for (T record : records) {
            List<String> cells = new ArrayList<>();
            for (RecordComponent column : columns) {
                cells.add(cell(value(record, column)));
            }
            csv.append(Csv.line(cells));
        }
        return csv.toString();
    }

    static <T extends Record> List<T> records(String csv, String origin, Class<T> type) {
        List<List<String>> rows = Csv.parse(csv, origin);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, RecordComponent> columns = new HashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            columns.put(component.getName(), component);
        }
        List<String> header = rows.get(0);
        for (String name : header) {
            if (!columns.containsKey(name)) {
                throw new DataSetException(origin + ", line 1: unknown column '" + name + "'");
            }
        }
        List<T> records = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            records.add(record(rows.get(r), header, columns, type, origin + ", row " + (r + 1)));
        }
        return records;
    }

    private static <T extends Record> T record(List<String> row, List<String> header, Map<String, RecordComponent> columns,
                                               Class<T> type, String where) {
        if (row.size() != header.size()) {
            throw new DataSetException(where + ": " + row.size() + " fields, the header has " + header.size());
        }
        ObjectNode node = JSON.createObjectNode();
        for (int c = 0; c < header.size(); c++) {
            String cell = row.get(c);
            RecordComponent column = columns.get(header.get(c));
            try {
                if (cell == null) {
                    node.putNull(column.getName());
                } else if (Collection.class.isAssignableFrom(column.getType()) || Number.class.isAssignableFrom(column.getType())
                        || column.getType() == boolean.class) {
                    node.set(column.getName(), JSON.readTree(cell));
                } else {
                    node.put(column.getName(), cell);
                }
            } catch (JacksonException e) {
                throw new DataSetException(where + ", column " + column.getName() + ": " + e.getOriginalMessage());
            }
        }
        try {
            return JSON.treeToValue(node, type);
        } catch (JacksonException e) {
            throw new DataSetException(where + ": " + e.getOriginalMessage());
        }
    }

    private static Object value(Record record, RecordComponent column) {
        try {
            return column.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode node = JSON.valueToTree(value);
        return node.isContainer() ? JSON.writeValueAsString(node) : node.asString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static byte[] zip(DataSet dataSet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writeZip(dataSet, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
