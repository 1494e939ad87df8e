package eu.clusterbridge.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import eu.clusterbridge.ClusterBridgeApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as the benchmark programs run it: a fresh embedded PostgreSQL and search index in a new temporary
 * folder, the administrator's password given, warnings only in the log. Command-line properties outrank
 * application.properties, so nothing of a developer's own data directory is touched.
 */
final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    /**
     * Starts it; {@code web}: with an HTTP server (give it a port in {@code extra}); {@code seeds}: load the seed data
     * into the empty database. {@code extra} adds settings ("--name=value").
     */
    static ConfigurableApplicationContext start(String folder, boolean web, boolean seeds, String adminPassword, String... extra)
            throws IOException {
        Path data = Files.createTempDirectory(folder);
        List<String> properties = new ArrayList<>(List.of(
                "--clusterbridge.database.embedded.data-directory=" + data.resolve("postgres"),
                "--clusterbridge.database.embedded.clean=true",
                "--spring.jpa.properties.hibernate.search.backend.directory.root=" + data.resolve("index"),
                "--clusterbridge.seed.load-on-empty-database=" + seeds,
                "--clusterbridge.admin.password=" + adminPassword,
                "--logging.level.root=WARN"));
        properties.addAll(List.of(extra));
        SpringApplication application = new SpringApplication(ClusterBridgeApplication.class);
        if (!web) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        return application.run(properties.toArray(String[]::new));
    }
}
