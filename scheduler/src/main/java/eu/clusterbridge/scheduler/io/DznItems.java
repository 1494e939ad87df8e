package eu.clusterbridge.scheduler.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed access to parsed {@code .dzn} items; every error names the item and the line it starts on. */
final class DznItems {

    private final Map<String, DznValue> items;

    DznItems(Map<String, DznValue> items) {
        this.items = items;
    }

    boolean has(String name) {
        return items.containsKey(name);
    }

    InstanceFormatException error(String name, String problem) {
        DznValue value = items.get(name);
        String where = value == null ? name : "line " + value.line() + " (" + name + ")";
        return new InstanceFormatException(where, problem);
    }

    int integer(String name) {
        if (!(require(name) instanceof DznValue.Int i)) {
            throw error(name, "expected an integer but found " + items.get(name).kind());
        }
        return i.value();
    }

    int positive(String name) {
        int value = integer(name);
        if (value < 1) {
            throw error(name, "must be at least 1, was " + value);
        }
        return value;
    }

    List<List<Integer>> matrix(String name, int rows, int columns) {
        if (!(require(name) instanceof DznValue.Matrix m)) {
            throw error(name, "expected a 2-D array [| .. |] but found " + items.get(name).kind());
        }
        if (m.rows().size() != rows) {
            throw error(name, "has " + m.rows().size() + " rows but " + rows + " were declared");
        }
        for (int r = 0; r < rows; r++) {
            if (m.rows().get(r).size() != columns) {
                throw error(name, "row " + (r + 1) + " has " + m.rows().get(r).size() + " values, expected " + columns);
            }
        }
        return m.rows();
    }

    List<Integer> integers(String name, int length) {
        List<Integer> values = new ArrayList<>();
        for (DznValue element : array(name, length)) {
            if (!(element instanceof DznValue.Int i)) {
                throw error(name, "element " + (values.size() + 1) + " is " + element.kind() + ", expected an integer");
            }
            values.add(i.value());
        }
        return values;
    }

    List<List<Integer>> sets(String name, int length) {
        List<List<Integer>> sets = new ArrayList<>();
        for (DznValue element : array(name, length)) {
            if (!(element instanceof DznValue.IntSet s)) {
                throw error(name, "element " + (sets.size() + 1) + " is " + element.kind() + ", expected a set");
            }
            sets.add(s.values());
        }
        return sets;
    }

    private List<DznValue> array(String name, int length) {
        if (!(require(name) instanceof DznValue.Array a)) {
            throw error(name, "expected an array [..] but found " + items.get(name).kind());
        }
        if (a.elements().size() != length) {
            throw error(name, "has " + a.elements().size() + " elements, expected " + length);
        }
        return a.elements();
    }

    private DznValue require(String name) {
        DznValue value = items.get(name);
        if (value == null) {
            throw new InstanceFormatException(name, "missing: the file does not assign \"" + name + "\"");
        }
        return value;
    }
}
