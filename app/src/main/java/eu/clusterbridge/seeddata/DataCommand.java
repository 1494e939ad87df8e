package eu.clusterbridge.seeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import eu.clusterbridge.ClusterBridgeApplication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * The command line for open data: {@code export --format=json|csv --out=FILE} and {@code import FILE} (a
 * {@code .json} data set or a {@code .zip} of CSV files). The seed loader has run before, so exporting a fresh
 * installation gives the seed data. Errors are one line on stderr and exit code 2.
 */
@Component
public class DataCommand implements ApplicationRunner, ExitCodeGenerator {

    private final DataSetExporter exporter;
    private final DataSetImporter importer;
    private int exitCode;

    DataCommand(DataSetExporter exporter, DataSetImporter importer) {
        this.exporter = exporter;
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> words = args.getNonOptionArgs();
        if (words.isEmpty() || !ClusterBridgeApplication.DATA_COMMANDS.contains(words.get(0))) {
            return;
        }
        exitCode = 0;
        try {
            if (words.get(0).equals("export")) {
                export(args);
            } else {
                importFile(words);
            }
        } catch (DataSetException | IOException | eu.clusterbridge.shared.InvalidInput e) {
            System.err.println("clusterbridge " + words.get(0) + ": " + e.getMessage());
            exitCode = 2;
        }
    }

    private void export(ApplicationArguments args) throws IOException {
        String format = single(args, "format", "json");
        String out = single(args, "out", null);
        if (out == null) {
            throw new DataSetException("missing --out=FILE");
        }
        DataSet dataSet = exporter.export();
        try (OutputStream file = Files.newOutputStream(Path.of(out))) {
            switch (format) {
                case "json" -> DataSetJson.write(dataSet, file);
                case "csv" -> DataSetCsv.writeZip(dataSet, file);
                default -> throw new DataSetException("unknown --format=" + format + " (json or csv)");
            }
        }
        System.out.printf("Exported %d organisations, %d partnerships, %d events to %s%n",
                dataSet.organisations().size(), dataSet.partnerships().size(), dataSet.events().size(), out);
    }

    private void importFile(List<String> words) throws IOException {
        if (words.size() != 2) {
            throw new DataSetException("usage: import FILE.json|FILE.zip");
        }
        Path path = Path.of(words.get(1));
        if (!Files.isRegularFile(path)) {
            throw new DataSetException("no such file: " + path);
        }
        DataSet dataSet;
        try (InputStream in = Files.newInputStream(path)) {
            dataSet = path.toString().endsWith(".zip") ? DataSetCsv.readZip(in) : DataSetJson.read(in, path.toString());
        }
        DataSetImporter.Summary summary = importer.importAll(dataSet);
        System.out.printf("Imported %d organisations, %d partnerships, %d events from %s%n",
                summary.organisations(), summary.partnerships(), summary.events(), path);
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
