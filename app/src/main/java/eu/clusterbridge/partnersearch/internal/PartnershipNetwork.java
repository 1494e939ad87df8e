package eu.clusterbridge.partnersearch.internal;

import java.util.concurrent.atomic.AtomicLong;

import eu.clusterbridge.partnerships.Partner;
import eu.clusterbridge.partnerships.PartnershipChanged;
import eu.clusterbridge.partnerships.Partnerships;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The co-partnership graph, built from the partnerships on first use and again after any partnership changes.
 * A change only counts up a version (synchronously, after commit), so the very next request rebuilds and sees the
 * new ties; a rebuild reads the partnerships once (a few hundred rows). Not an asynchronous module listener on
 * purpose: a stale graph for even a moment would recommend a partnership's own new partners.
 */
@Component
public class PartnershipNetwork {

    private record Snapshot(CoPartnershipGraph graph, long version) {
    }

    private final Partnerships partnerships;
    private final TransactionTemplate readOnly;
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot snapshot;

    PartnershipNetwork(Partnerships partnerships, PlatformTransactionManager transactions) {
        this.partnerships = partnerships;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    public CoPartnershipGraph graph() {
        Snapshot current = snapshot;
        if (current != null && current.version() == changes.get()) {
            return current.graph();
        }
        synchronized (this) {
            long version = changes.get();
            if (snapshot == null || snapshot.version() != version) {
                snapshot = new Snapshot(build(), version);
            }
            return snapshot.graph();
        }
    }

    private CoPartnershipGraph build() {
        return readOnly.execute(status -> new CoPartnershipGraph(partnerships.all().stream()
                .map(p -> new CoPartnershipGraph.Consortium(p.getId(),
                        p.getPartners().stream().map(Partner::organisationId).distinct().toList()))
                .toList()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PartnershipChanged event) {
        changes.incrementAndGet();
    }
}
