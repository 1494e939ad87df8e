package eu.clusterbridge.scheduler.check;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker and the explainer must not reuse solver code, or a solver bug could hide behind itself. */
class CheckerIndependenceTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "eu", "clusterbridge", "scheduler");

    @Test
    void theCheckerAndTheExplainerImportNothingFromTheSolvers() throws IOException {
        for (String folder : List.of("check", "explain")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("eu.clusterbridge.scheduler.solve");
                }
            }
        }
    }
}
