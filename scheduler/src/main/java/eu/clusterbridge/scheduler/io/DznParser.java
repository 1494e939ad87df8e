package eu.clusterbridge.scheduler.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the subset of MiniZinc data syntax the published B2B files use: {@code name = value;} items whose
 * values are integers, sets {@code {..}} and ranges {@code a..b}, arrays (also of sets) and 2-D arrays
 * {@code [| .. | .. |]}; {@code %} line comments and block comments are skipped. Hand-written
 * rather than generated so that every error names the line it happened on.
 */
final class DznParser {

    private final DznLexer lexer;

    private DznParser(String text) {
        this.lexer = new DznLexer(text);
    }

    static Map<String, DznValue> parse(String text) {
        return new DznParser(text).items();
    }

    private Map<String, DznValue> items() {
        Map<String, DznValue> items = new LinkedHashMap<>();
        lexer.skipBlanks();
        while (!lexer.atEnd()) {
            int itemLine = lexer.line();
            String name = lexer.identifier();
            lexer.expect("=");
            DznValue value = value();
            lexer.expect(";");
            if (items.put(name, value) != null) {
                throw new InstanceFormatException("line " + itemLine, "\"" + name + "\" is assigned twice");
            }
            lexer.skipBlanks();
        }
        return items;
    }

    private DznValue value() {
        lexer.skipBlanks();
        int at = lexer.line();
        if (lexer.accept("[|")) {
            return matrix(at);
        }
        if (lexer.accept("[")) {
            List<DznValue> elements = new ArrayList<>();
            while (!lexer.accept("]")) {
                elements.add(value());
                if (!lexer.accept(",")) {
                    lexer.expect("]");
                    break;
                }
            }
            return new DznValue.Array(at, elements);
        }
        if (lexer.accept("{")) {
            List<Integer> values = new ArrayList<>();
            while (!lexer.accept("}")) {
                int first = lexer.integer();
                int last = lexer.accept("..") ? lexer.integer() : first;
                for (int v = first; v <= last; v++) {
                    values.add(v);
                }
                if (!lexer.accept(",")) {
                    lexer.expect("}");
                    break;
                }
            }
            return new DznValue.IntSet(at, values);
        }
        int first = lexer.integer();
        if (lexer.accept("..")) {
            int last = lexer.integer();
            List<Integer> values = new ArrayList<>();
            for (int v = first; v <= last; v++) {
                values.add(v);
            }
            return new DznValue.IntSet(at, values);
        }
        return new DznValue.Int(at, first);
    }

    /** Rows are separated by {@code |}; the published files end every row with a trailing comma. */
    private DznValue matrix(int at) {
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        while (true) {
            if (lexer.accept("|]")) {
                break;
            }
            if (lexer.accept("|")) {
                if (lexer.accept("]")) {
                    break;
                }
                rows.add(row);
                row = new ArrayList<>();
                continue;
            }
            row.add(lexer.integer());
            lexer.accept(",");
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return new DznValue.Matrix(at, rows);
    }
}
