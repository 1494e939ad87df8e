package eu.clusterbridge.scheduler.cli;

import eu.clusterbridge.scheduler.io.InstanceFiles;
import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading instances and writing results the same way in every command. */
final class Inputs {

    /** The published results use d = 2, so a {@code .dzn} gets it unless the user says otherwise. */
    static final int PUBLISHED_FAIRNESS = 2;

    private Inputs() {
    }

    static Instance instance(Path file, Integer fairness) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        Instance instance = InstanceFiles.readInstance(file);
        if (fairness != null) {
            return instance.withFairness(fairness);
        }
        return InstanceFiles.isDzn(file) ? instance.withFairness(PUBLISHED_FAIRNESS) : instance;
    }

    static Schedule schedule(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        return InstanceFiles.readSchedule(file);
    }

    static void write(String text, String file, java.io.PrintStream out) {
        if (file == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
