package eu.clusterbridge.seeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes data sets and seed files as JSON. Reading is strict — an unknown or misspelt field is an
 * error, not a silently lost fact.
 */
final class DataSetJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private DataSetJson() {
    }

    static DataSet read(InputStream in, String origin) {
        return parse(() -> JSON.readValue(in, DataSet.class), origin);
    }

    static <T> List<T> readList(InputStream in, TypeReference<List<T>> type, String origin) {
        return parse(() -> JSON.readValue(in, type), origin);
    }

    static void write(DataSet dataSet, OutputStream out) {
        JSON.writeValue(out, dataSet);
    }

    static String write(DataSet dataSet) {
        return JSON.writeValueAsString(dataSet);
    }

    private interface Parse<T> {
        T run() throws IOException;
    }

    private static <T> T parse(Parse<T> parse, String origin) {
        try {
            T value = parse.run();
            if (value == null) {
                throw new DataSetException(origin + ": empty document");
            }
            return value;
        } catch (JacksonException e) {
            throw new DataSetException(origin + ": " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            throw new DataSetException(origin + ": " + e.getMessage());
        }
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
