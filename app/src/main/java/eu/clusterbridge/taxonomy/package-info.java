/**
 * Taxonomy: the reference data every other module codes its records with — ISO 3166-1 countries (with the
 * Eurostat aliases UK and EL), NUTS 2021 regions, cluster sectors, emerging industries, S3 thematic areas,
 * industrial ecosystems, organisation types and value-chain stages. Read once at start-up from the CSV files in
 * {@code classpath:taxonomy/}, each naming its source. Offers {@link eu.clusterbridge.taxonomy.Taxonomy} for
 * look-ups and validation, and a read-only JSON API under {@code /api/taxonomy}. Publishes and consumes no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Taxonomy")
package eu.clusterbridge.taxonomy;
