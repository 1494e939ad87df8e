package eu.clusterbridge.database;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs PostgreSQL inside the application's process tree when no external database is configured, so the
 * platform starts with one command and nothing installed. Spring Boot's own DataSource configuration backs off
 * because this one defines the {@link DataSource}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", matchIfMissing = true, havingValue = "embedded")
class EmbeddedPostgresConfiguration {

    /** Closing the bean stops PostgreSQL cleanly (a fast shutdown), so the data folder is always consistent. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Files.createDirectories(properties.dataDirectory());
        return EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory().toFile())
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setServerConfig("max_connections", "100")
                .start();
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        // Batched inserts are rewritten into multi-row statements: bulk imports are several times faster.
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        pool.setUsername("postgres");
        pool.setMaximumPoolSize(10);
        return pool;
    }
}
