package eu.clusterbridge.scheduler.io;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Typed, path-aware access to one JSON object: every error names the field ({@code meetings[3].weight}),
 * and unknown fields are rejected because a misspelt optional field ({@code "fairnes"}) would otherwise be
 * silently ignored and the schedule quietly different from what the author meant.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;

    JsonFields(JsonNode node, String path, Collection<String> known) {
        if (node == null || !node.isObject()) {
            throw new InstanceFormatException(path.isEmpty() ? "document" : path, "expected an object");
        }
        this.node = node;
        this.path = path;
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new InstanceFormatException(where(name), "unknown field (expected one of " + known + ")");
            }
        }
    }

    JsonFields(JsonNode node, String path, String... known) {
        this(node, path, Set.of(known));
    }

    String where(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    boolean present(String field) {
        return node.has(field) && !node.get(field).isNull();
    }

    JsonNode raw(String field) {
        return node.get(field);
    }

    String string(String field) {
        if (!present(field)) {
            throw new InstanceFormatException(where(field), "missing");
        }
        return optionalString(field);
    }

    String optionalString(String field) {
        if (!present(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isString()) {
            throw new InstanceFormatException(where(field), "expected a string but found " + value);
        }
        return value.stringValue();
    }

    int integer(String field) {
        if (!present(field)) {
            throw new InstanceFormatException(where(field), "missing");
        }
        return optionalInteger(field);
    }

    Integer optionalInteger(String field) {
        return present(field) ? integerValue(node.get(field), where(field)) : null;
    }

    Long optionalLong(String field) {
        if (!present(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new InstanceFormatException(where(field), "expected a whole number but found " + value);
        }
        return value.longValue();
    }

    double number(String field, double fallback) {
        if (!present(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            throw new InstanceFormatException(where(field), "expected a number but found " + value);
        }
        return value.doubleValue();
    }

    boolean bool(String field, boolean fallback) {
        if (!present(field)) {
            return fallback;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw new InstanceFormatException(where(field), "expected true or false but found " + value);
        }
        return value.booleanValue();
    }

    /** The elements of an array field, empty when absent or null. */
    List<JsonNode> array(String field) {
        if (!present(field)) {
            return List.of();
        }
        JsonNode value = node.get(field);
        if (!value.isArray()) {
            throw new InstanceFormatException(where(field), "expected an array but found " + value);
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    static int integerValue(JsonNode value, String where) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InstanceFormatException(where, "expected a whole number but found " + value);
        }
        return value.intValue();
    }

    static String stringValue(JsonNode value, String where) {
        if (value == null || !value.isString()) {
            throw new InstanceFormatException(where, "expected a string but found " + value);
        }
        return value.stringValue();
    }
}
