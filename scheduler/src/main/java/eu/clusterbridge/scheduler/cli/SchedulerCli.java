package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.io.InstanceFormatException;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The command-line tool: {@code solve}, {@code check}, {@code bench}, {@code generate}, {@code explain}.
 * Results go to stdout, progress and errors to stderr. Exit codes: 0 success, 1 an invalid schedule,
 * 2 bad input or usage (one line on stderr, never a stack trace), 3 an unexpected failure.
 */
public final class SchedulerCli {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: scheduler <command> ...",
            "  solve INSTANCE [--time-limit S] [--seed N] [--fairness D] [--out FILE]",
            "  check INSTANCE SCHEDULE [--fairness D]",
            "  bench DIR [--time-limit S] [--fairness D]",
            "  generate FAMILY SEED [--out FILE]      families: small, regional-brokerage, book-fair, hosted-buyer",
            "  explain INSTANCE SCHEDULE [--fairness D]",
            "INSTANCE is a .dzn file (fairness 2 unless --fairness) or b2b-instance/1 JSON.");

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit code; tests call this in-process. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0 || List.of("-h", "--help", "help").contains(args[0])) {
                (args.length == 0 ? err : out).println(USAGE);
                return args.length == 0 ? 2 : 0;
            }
            List<String> rest = Arrays.asList(args).subList(1, args.length);
            return switch (args[0]) {
                case "solve" -> new SolveCommand(out, err).run(rest);
                case "check" -> new CheckCommand(out).run(rest);
                case "bench" -> new BenchCommand(out, err).run(rest);
                case "generate" -> new GenerateCommand(out, err).run(rest);
                case "explain" -> new ExplainCommand(out).run(rest);
                default -> throw new UsageException("unknown command \"" + args[0] + "\" (solve, check, bench, generate, explain)");
            };
        } catch (UsageException | InstanceFormatException | UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            err.println("internal error: " + e);
            return 3;
        }
    }
}
