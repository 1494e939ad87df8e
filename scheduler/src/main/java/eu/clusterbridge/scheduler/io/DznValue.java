package eu.clusterbridge.scheduler.io;

import java.util.List;

/** One right-hand side of a MiniZinc data file, remembering its line for error messages. */
sealed interface DznValue {

    int line();

    record Int(int line, int value) implements DznValue { }

    /** A set literal {@code {1,3}} or a range {@code 2..5}, expanded. */
    record IntSet(int line, List<Integer> values) implements DznValue { }

    /** A one-dimensional array {@code [v, v, ...]} of any values. */
    record Array(int line, List<DznValue> elements) implements DznValue { }

    /** A two-dimensional array {@code [| a, b | c, d |]}, one list of integers per row. */
    record Matrix(int line, List<List<Integer>> rows) implements DznValue { }

    default String kind() {
        if (this instanceof Int) {
            return "an integer";
        }
        if (this instanceof IntSet) {
            return "a set";
        }
        return this instanceof Array ? "an array" : "a 2-D array";
    }
}
