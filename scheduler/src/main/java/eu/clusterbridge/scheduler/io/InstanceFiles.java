package eu.clusterbridge.scheduler.io;

import eu.clusterbridge.scheduler.model.Instance;
import eu.clusterbridge.scheduler.model.Schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads instances and schedules from files, choosing the format by extension ({@code .dzn} or JSON). */
public final class InstanceFiles {

    private InstanceFiles() {
    }

    public static boolean isDzn(Path file) {
        return file.getFileName().toString().endsWith(".dzn");
    }

    public static Instance readInstance(Path file) {
        if (isDzn(file)) {
            return new DznReader().read(file);
        }
        return new InstanceJsonReader().read(InstanceJsonReader.parse(text(file)), DznReader.nameOf(file));
    }

    public static Schedule readSchedule(Path file) {
        return new ScheduleJson().read(text(file));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InstanceFormatException(file.toString(), "cannot read the file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
