package eu.clusterbridge.shared;

/** A record asked for by id or key does not exist; the web layer answers 404. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String what, Object idOrKey) {
        super("No " + what + " with id or key '" + idOrKey + "'");
    }
}
