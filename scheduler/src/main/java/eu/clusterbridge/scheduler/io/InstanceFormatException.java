package eu.clusterbridge.scheduler.io;

/**
 * Input that cannot be read or contradicts itself: a {@code .dzn} file, a {@code b2b-instance/1} or a
 * {@code b2b-schedule/1} document. One type for all input errors so that callers (the CLI, the web app)
 * catch one thing and show one line; {@link #location()} names the field ({@code meetings[3].b}) or line
 * ({@code line 12}) so the author can find the fault without reading a stack trace.
 */
public class InstanceFormatException extends RuntimeException {

    private final String location;
    private final String problem;

    public InstanceFormatException(String location, String problem) {
        super(location == null || location.isEmpty() ? problem : location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
