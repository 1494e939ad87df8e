package eu.clusterbridge.scheduler.io;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a document one top-level field per line and one element per line in its big arrays
 * (participants, meetings), each element compact. A 27,000-meeting file stays readable, diffable and a
 * fraction of the size of fully pretty-printed JSON.
 */
final class JsonLayout {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLayout() {
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String write(ObjectNode root) {
        List<String> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = JSON.writeValueAsString(field.getKey()) + ": ";
            JsonNode value = field.getValue();
            if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                List<String> elements = new ArrayList<>();
                value.forEach(element -> elements.add("    " + JSON.writeValueAsString(element)));
                fields.add("  " + name + "[\n" + String.join(",\n", elements) + "\n  ]");
            } else {
                fields.add("  " + name + JSON.writeValueAsString(value));
            }
        }
        return "{\n" + String.join(",\n", fields) + "\n}\n";
    }
}
