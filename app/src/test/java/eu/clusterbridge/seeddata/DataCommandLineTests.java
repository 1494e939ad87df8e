package eu.clusterbridge.seeddata;

import java.nio.file.Files;
import java.nio.file.Path;

import eu.clusterbridge.ClusterBridgeApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line as a user runs it: no web server, a fresh database with the seeds, an export file, exit code 0. */
class DataCommandLineTests {

    @TempDir
    Path folder;

    @Test
    void exportRunsWithoutTheWebServer() throws Exception {
        Path out = folder.resolve("clusterbridge.json");
        String[] args = {"export", "--format=json", "--out=" + out, "--spring.profiles.active=test"};
        try (ConfigurableApplicationContext context = ClusterBridgeApplication.application(args).run(args)) {
            assertThat(context).isNotInstanceOf(org.springframework.boot.web.server.context.WebServerApplicationContext.class);
            assertThat(SpringApplication.exit(context)).isZero();
        }
        assertThat(Files.readString(out)).contains("\"adpack2\"");
    }
}
