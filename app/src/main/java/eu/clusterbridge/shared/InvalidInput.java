package eu.clusterbridge.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule the database or the reference data would also reject, reported field by field
 * before anything is written. The API answers 400 with these messages; forms show them next to the fields.
 */
public class InvalidInput extends RuntimeException {

    public record FieldProblem(String field, String message) {
    }

    private final List<FieldProblem> problems;

    public InvalidInput(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public Map<String, String> byField() {
        return problems.stream().collect(Collectors.toMap(FieldProblem::field, FieldProblem::message, (a, b) -> a + "; " + b));
    }
}
