package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.generate.InstanceGenerator;
import eu.clusterbridge.scheduler.io.InstanceJsonWriter;
import eu.clusterbridge.scheduler.model.Instance;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code generate FAMILY SEED}: writes a generated b2b-instance/1. */
final class GenerateCommand {

    private final PrintStream out;
    private final PrintStream err;

    GenerateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments("generate", args, Set.of("out"));
        arguments.expectPositional(2, "generate FAMILY SEED [--out FILE]");
        long seed;
        try {
            seed = Long.parseLong(arguments.positional(1, "SEED"));
        } catch (NumberFormatException e) {
            throw new UsageException("generate: SEED must be a whole number, got \"" + arguments.positional(1, "SEED") + "\"");
        }
        Instance instance = new InstanceGenerator().generate(arguments.positional(0, "FAMILY"), seed);
        err.printf("generated %s: %d participants, %d meetings, %d slots, %d tables%n", instance.name(),
                instance.participants().size(), instance.meetings().size(), instance.slots(), instance.tables());
        Inputs.write(new InstanceJsonWriter().write(instance), arguments.option("out"), out);
        return 0;
    }
}
