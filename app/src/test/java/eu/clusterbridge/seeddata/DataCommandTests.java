package eu.clusterbridge.seeddata;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.clusterbridge.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/** The export/import command line: files in real formats, one-line errors and exit code 2 on bad input. */
@IntegrationTest
class DataCommandTests {

    @Autowired
    DataCommand command;

    @Autowired
    DataSetExporter exporter;

    @TempDir
    Path folder;

    @Test
    void exportsJsonAndCsvThatImportBack() throws Exception {
        Path json = folder.resolve("directory.json");
        Path csv = folder.resolve("directory.zip");
        run("export", "--format=json", "--out=" + json);
        assertThat(command.getExitCode()).isZero();
        run("export", "--format=csv", "--out=" + csv);
        assertThat(command.getExitCode()).isZero();
        assertThat(Files.readString(json)).contains("\"organisations\"").contains("\"adpack\"");

        DataSet before = exporter.export();
        run("import", json.toString());
        assertThat(command.getExitCode()).isZero();
        run("import", csv.toString());
        assertThat(command.getExitCode()).isZero();
        assertThat(exporter.export()).isEqualTo(before);
    }

    @Test
    void aBrokenFileIsAOneLineErrorAndExitCodeTwo() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"organisations\": [{\"key\": \"x\", \"nmae\": \"typo\"}]}");
        String errors = stderrOf(() -> run("import", broken.toString()));
        assertThat(command.getExitCode()).isEqualTo(2);
        assertThat(errors).startsWith("clusterbridge import: ").contains("nmae").doesNotContain("\tat ");

        stderrOf(() -> run("import", folder.resolve("missing.json").toString()));
        assertThat(command.getExitCode()).isEqualTo(2);
        stderrOf(() -> run("export", "--format=xml", "--out=" + folder.resolve("x")));
        assertThat(command.getExitCode()).isEqualTo(2);
    }

    private void run(String... args) {
        command.run(new DefaultApplicationArguments(args));
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
