package eu.clusterbridge.shared;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Collects every problem of a form or request before anything is written, so a user sees all of them at once
 * and no half-checked record reaches the database.
 */
public final class FieldChecks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<InvalidInput.FieldProblem> problems = new ArrayList<>();

    public FieldChecks required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            fail(field, "must not be empty");
        }
        return this;
    }

    public FieldChecks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            fail(field, "must be at most " + max + " characters");
        }
        return this;
    }

    public FieldChecks known(String field, String code, Predicate<String> exists, String what) {
        if (code != null && !code.isBlank() && !exists.test(code)) {
            fail(field, "'" + code + "' is not a known " + what);
        }
        return this;
    }

    public FieldChecks allKnown(String field, Collection<String> codes, Predicate<String> exists, String what) {
        int index = 0;
        for (String code : codes) {
            known(field + "[" + index++ + "]", code, exists, what);
        }
        return this;
    }

    public FieldChecks range(String field, Number value, long min, long max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            fail(field, "must be between " + min + " and " + max);
        }
        return this;
    }

    public FieldChecks webAddress(String field, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        try {
            URI uri = URI.create(value.strip());
            if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                fail(field, "must be an http:// or https:// address");
            }
        } catch (IllegalArgumentException e) {
            fail(field, "must be an http:// or https:// address");
        }
        return maxLength(field, value, 500);
    }

    public FieldChecks email(String field, String value) {
        if (value != null && !value.isBlank() && !EMAIL.matcher(value.strip()).matches()) {
            fail(field, "must be an e-mail address");
        }
        return maxLength(field, value, 254);
    }

    public FieldChecks when(boolean broken, String field, String message) {
        if (broken) {
            fail(field, message);
        }
        return this;
    }

    /** Reads a whole number typed in a form; a typo becomes a field problem, not an error page. */
    public Integer integer(String field, String text) {
        return parse(field, text, "must be a whole number", Integer::valueOf);
    }

    public BigDecimal decimal(String field, String text) {
        return parse(field, text, "must be a number", t -> new BigDecimal(t.replace(',', '.')));
    }

    public LocalDate date(String field, String text) {
        return parse(field, text, "must be a date (YYYY-MM-DD)", LocalDate::parse);
    }

    public <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        return parse(field, text, "is not one of the choices", t -> Enum.valueOf(type, t));
    }

    private <T> T parse(String field, String text, String message, Function<String, T> parser) {
        if (FormText.isBlank(text)) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            fail(field, message);
            return null;
        }
    }

    public void fail(String field, String message) {
        problems.add(new InvalidInput.FieldProblem(field, message));
    }

    /** Adds the problems {@code check} reports, so form-reading and business-rule problems show together. */
    public FieldChecks including(Runnable check) {
        try {
            check.run();
        } catch (InvalidInput invalid) {
            problems.addAll(invalid.problems());
        }
        return this;
    }

    /** Throws {@link InvalidInput} listing every problem found, if any. */
    public void orThrow() {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
