package eu.clusterbridge.scheduler.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Positional arguments and {@code --name value} options of one command, checked against what it accepts. */
final class Arguments {

    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Arguments(String command, List<String> args, Set<String> knownOptions) {
        this.command = command;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (!knownOptions.contains(name)) {
                    throw new UsageException(command + ": unknown option " + arg
                            + (knownOptions.isEmpty() ? " (it takes none)" : " (known: --" + String.join(", --", knownOptions) + ")"));
                }
                if (i + 1 >= args.size()) {
                    throw new UsageException(command + ": option " + arg + " needs a value");
                }
                options.put(name, args.get(++i));
            } else {
                positional.add(arg);
            }
        }
    }

    String positional(int index, String what) {
        if (index >= positional.size()) {
            throw new UsageException(command + ": missing " + what);
        }
        return positional.get(index);
    }

    Path path(int index, String what) {
        return Path.of(positional(index, what));
    }

    void expectPositional(int count, String usage) {
        if (positional.size() != count) {
            throw new UsageException("usage: " + usage);
        }
    }

    String option(String name) {
        return options.get(name);
    }

    long longOption(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " expects a whole number, got \"" + value + "\"");
        }
    }

    double seconds(String name, double fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            double seconds = Double.parseDouble(value);
            if (!(seconds > 0)) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " expects a positive number of seconds, got \"" + value + "\"");
        }
    }

    Integer fairness() {
        if (options.get("fairness") == null) {
            return null;
        }
        long d = longOption("fairness", 0);
        if (d < 0 || d > Integer.MAX_VALUE) {
            throw new UsageException(command + ": --fairness must be 0 or more, got " + d);
        }
        return (int) d;
    }
}
