package eu.clusterbridge.seeddata;

import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partnerships;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the seed data on first start, so a newcomer sees the real clusters and
 * partnerships at once. A database that already holds data is never touched: the seeds are a starting point,
 * not a source of truth that overwrites edits. Runs once every bean is ready but before the web server accepts
 * requests, so nobody ever sees a half-loaded directory.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final DataSetImporter importer;
    private final Organisations organisations;
    private final Partnerships partnerships;
    private final boolean enabled;

    SeedLoader(DataSetImporter importer, Organisations organisations, Partnerships partnerships,
               @Value("${clusterbridge.seed.load-on-empty-database:true}") boolean enabled) {
        this.importer = importer;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled || organisations.count() > 0 || partnerships.count() > 0) {
            return;
        }
        DataSetImporter.Summary summary = importer.importAll(SeedFiles.read("seed"));
        log.info("Loaded the seed data: {} organisations, {} partnerships, {} events and calls",
                summary.organisations(), summary.partnerships(), summary.events());
    }
}
