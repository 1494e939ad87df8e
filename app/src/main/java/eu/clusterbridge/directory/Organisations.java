package eu.clusterbridge.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterbridge.shared.Slugs;
import eu.clusterbridge.shared.InvalidInput;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's API for the web layer and other modules: read, create, change and delete organisations. */
@Service
@Transactional(readOnly = true)
public class Organisations {

    private static final int IMPORT_BATCH = 500;

    private final OrganisationRepository repository;
    private final OrganisationProfileValidator validator;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;

    Organisations(OrganisationRepository repository, OrganisationProfileValidator validator,
                  ApplicationEventPublisher events, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
        this.validator = validator;
        this.events = events;
    }

    public Organisation get(Long id) {
        return repository.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
    }

    public Organisation getByKey(String key) {
        return repository.findByKey(key).orElseThrow(() -> new OrganisationNotFound(key));
    }

    public Optional<Organisation> findByKey(String key) {
        return repository.findByKey(key);
    }

    public boolean exists(Long id) {
        return id != null && repository.existsById(id);
    }

    public long count() {
        return repository.count();
    }

    /** Key figures for the home page, counted in the database (the directory may hold 100,000 profiles). */
    public DirectoryFigures figures() {
        return new DirectoryFigures(repository.countByPublicationStatus(PublicationStatus.PUBLISHED),
                repository.countByTypeAndPublicationStatus("CLUSTER_ORGANISATION", PublicationStatus.PUBLISHED), repository.countCountries());
    }

    /** Published profiles only: drafts and profiles under validation are not public. */
    public Page<Organisation> page(Pageable pageable) {
        return repository.findByPublicationStatus(PublicationStatus.PUBLISHED,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id")));
    }

    /** Every published profile (the open-data export). */
    public List<Organisation> all() {
        return repository.findByPublicationStatus(PublicationStatus.PUBLISHED, Sort.by("name", "id"));
    }

    /** Profiles in one state of their validation (the validators' queue: {@code SUBMITTED}), oldest id first. */
    public List<Organisation> withStatus(PublicationStatus status) {
        return repository.findByPublicationStatus(status, Sort.by("id"));
    }

    /** Organisations by id, for pages that list partners; ids that no longer exist are left out. */
    public Map<Long, Organisation> byIds(Collection<Long> ids) {
        return repository.findAllById(ids).stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    /** Checks a profile without storing it: throws {@link InvalidInput} listing every problem. */
    public void validate(OrganisationProfile profile) {
        validator.validate(profile);
    }

    /** A person's new profile: a draft until a validator publishes it. */
    @Transactional
    public Organisation create(OrganisationProfile profile) {
        validator.validate(profile);
        Organisation organisation = new Organisation(Slugs.unique(profile.name(), repository::existsByKey),
                profile.name(), profile.type(), profile.country());
        organisation.updateProfile(profile);
        organisation.changePublicationStatus(PublicationStatus.DRAFT);
        Organisation saved = repository.save(organisation);
        events.publishEvent(new OrganisationCreated(saved.getId(), saved.getKey()));
        return saved;
    }

    /** Moves a profile along its validation (the accounts module's workflow decides who may and when). */
    @Transactional
    public Organisation changePublicationStatus(long id, PublicationStatus status) {
        Organisation organisation = get(id);
        organisation.changePublicationStatus(status);
        return organisation;
    }

    /**
     * Creates or updates organisations by key, all or none: every record is validated before the first write.
     * Flushes in batches so that large imports (100,000 organisations) run in bounded memory.
     *
     * @return the database id of every key
     */
    @Transactional
    public Map<String, Long> importAll(List<ImportedOrganisation> imported) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        for (ImportedOrganisation organisation : imported) {
            try {
                validator.validate(organisation.profile());
            } catch (InvalidInput invalid) {
                invalid.problems().forEach(p -> problems.add(
                        new InvalidInput.FieldProblem("organisations[" + organisation.key() + "]." + p.field(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, Organisation> existing = existingByKey(imported.stream().map(ImportedOrganisation::key).toList());
        Map<String, Long> ids = new LinkedHashMap<>();
        List<Organisation> batch = new ArrayList<>();
        for (ImportedOrganisation record : imported) {
            Organisation organisation = existing.getOrDefault(record.key(),
                    new Organisation(record.key(), record.profile().name(), record.profile().type(), record.profile().country()));
            organisation.updateProfile(record.profile());
            organisation.recordProvenance(record.sources(), record.notes());
            batch.add(organisation);
            if (batch.size() == IMPORT_BATCH) {
                saveBatch(batch, ids);
            }
        }
        saveBatch(batch, ids);
        return ids;
    }

    /** The organisations already stored under the imported keys — read in chunks, never the whole directory. */
    private Map<String, Organisation> existingByKey(List<String> keys) {
        Map<String, Organisation> existing = new HashMap<>();
        for (int from = 0; from < keys.size(); from += IMPORT_BATCH) {
            repository.findByKeyIn(keys.subList(from, Math.min(keys.size(), from + IMPORT_BATCH)))
                    .forEach(organisation -> existing.put(organisation.getKey(), organisation));
        }
        return existing;
    }

    private void saveBatch(List<Organisation> batch, Map<String, Long> ids) {
        for (Organisation saved : repository.saveAll(batch)) {
            ids.put(saved.getKey(), saved.getId());
        }
        repository.flush();
        // Build the batch's index documents now and forget the entities: memory stays flat however big the import.
        Search.session(entityManager).indexingPlan().process();
        entityManager.clear();
        batch.clear();
    }

    @Transactional
    public Organisation update(Long id, OrganisationProfile profile) {
        validator.validate(profile);
        Organisation organisation = get(id);
        organisation.updateProfile(profile);
        return organisation;
    }

    @Transactional
    public void delete(Long id) {
        Organisation organisation = get(id);
        events.publishEvent(new OrganisationDeleted(organisation.getId(), organisation.getKey()));
        repository.delete(organisation);
    }
}
