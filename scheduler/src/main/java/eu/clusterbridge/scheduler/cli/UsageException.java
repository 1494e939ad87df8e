package eu.clusterbridge.scheduler.cli;

/** A command line the tool cannot act on (unknown command or option, missing argument); exit code 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
