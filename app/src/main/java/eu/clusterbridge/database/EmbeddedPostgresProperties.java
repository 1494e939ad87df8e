package eu.clusterbridge.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDirectory where the database files live between runs
 * @param port          the port to listen on; 0 picks a free one
 * @param clean         start from an empty database (tests), or keep the data between runs (default run)
 */
@ConfigurationProperties("clusterbridge.database.embedded")
record EmbeddedPostgresProperties(Path dataDirectory, int port, boolean clean) {

    EmbeddedPostgresProperties {
        dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
    }
}
