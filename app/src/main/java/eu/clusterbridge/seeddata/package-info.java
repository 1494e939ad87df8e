/**
 * Seed data and open data: the data set format (organisations, partnerships, events with their provenance),
 * the loader that fills an empty database from the seed files on first start, and export/import of the whole
 * directory as JSON or CSV through the API and the command line — a round trip loses nothing.
 * Uses the directory, partnerships and community modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seed and open data")
package eu.clusterbridge.seeddata;
