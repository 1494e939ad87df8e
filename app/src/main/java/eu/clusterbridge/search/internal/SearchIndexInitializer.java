package eu.clusterbridge.search.internal;

import java.util.List;

import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.partnerships.Partnership;
import eu.clusterbridge.partnerships.Partnerships;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The index is derived data: when it holds fewer documents than the database has records (a deleted index
 * folder, a new OpenSearch cluster, a restored back-up), it is rebuilt from the database at start-up, before the
 * web server accepts requests.
 */
@Component
class SearchIndexInitializer implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

    private final EntityManagerFactory entityManagerFactory;
    private final Organisations organisations;
    private final Partnerships partnerships;

    SearchIndexInitializer(EntityManagerFactory entityManagerFactory, Organisations organisations, Partnerships partnerships) {
        this.entityManagerFactory = entityManagerFactory;
        this.organisations = organisations;
        this.partnerships = partnerships;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long records = organisations.count() + partnerships.count();
        long documents = indexedDocuments();
        if (documents < records) {
            log.info("The search index holds {} documents for {} records: rebuilding it from the database", documents, records);
            try (var entityManager = entityManagerFactory.createEntityManager()) {
                Search.session(entityManager).massIndexer(Organisation.class, Partnership.class).threadsToLoadObjects(2).startAndWait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rebuilding the search index", e);
            }
        }
    }

    private long indexedDocuments() {
        try (var entityManager = entityManagerFactory.createEntityManager()) {
            return Search.session(entityManager).search(List.of(Organisation.class, Partnership.class))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }
}
