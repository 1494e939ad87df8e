/**
 * Database: starts an embedded PostgreSQL for the default run and the tests when no external database is
 * configured through {@code spring.datasource.url}. PostgreSQL is the only SQL dialect of the platform, so the
 * default run, the tests and production all execute the same SQL and the same Flyway migrations.
 * Offers nothing to other modules; publishes and consumes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package eu.clusterbridge.database;
