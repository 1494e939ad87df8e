package eu.clusterbridge.community;

import java.util.Comparator;
import java.util.List;

import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.Source;
import eu.clusterbridge.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The community calendar's API: events and calls, newest first. */
@Service
@Transactional(readOnly = true)
public class CommunityEvents {

    private static final Comparator<CommunityEvent> NEWEST_FIRST = Comparator.comparing(
            (CommunityEvent e) -> e.getStartDate() != null ? e.getStartDate() : e.getDeadline(),
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final CommunityEventRepository repository;
    private final Taxonomy taxonomy;

    CommunityEvents(CommunityEventRepository repository, Taxonomy taxonomy) {
        this.repository = repository;
        this.taxonomy = taxonomy;
    }

    public List<CommunityEvent> all() {
        return repository.findAll().stream().sorted(NEWEST_FIRST).toList();
    }

    /** An event or call by id (other modules link to it by id). */
    public java.util.Optional<CommunityEvent> find(long id) {
        return repository.findById(id);
    }

    public long count() {
        return repository.count();
    }

    /** Imports an event under a given key with its provenance (seed data, JSON/CSV import). */
    @Transactional
    public CommunityEvent importEvent(String key, EventDetails details, List<Source> sources, List<String> notes) {
        new FieldChecks()
                .required("kind", details.kind())
                .required("name", details.name()).maxLength("name", details.name(), 500)
                .known("country", details.country(), taxonomy::isIsoCountry, "ISO 3166-1 country code")
                .when(details.startDate() != null && details.endDate() != null && details.endDate().isBefore(details.startDate()),
                        "endDate", "must not be before the start date")
                .webAddress("url", details.url())
                .orThrow();
        CommunityEvent event = repository.findByKey(key).orElseGet(() -> new CommunityEvent(key, details, sources, notes));
        event.update(details, sources, notes);
        return repository.save(event);
    }
}
