package eu.clusterbridge.partnerships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.clusterbridge.directory.OrganisationDeleted;
import eu.clusterbridge.shared.Slugs;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnerships module's API for the web layer and other modules. */
@Service
@Transactional(readOnly = true)
public class Partnerships {

    private final PartnershipRepository repository;
    private final PartnershipProfileValidator validator;
    private final ApplicationEventPublisher events;

    Partnerships(PartnershipRepository repository, PartnershipProfileValidator validator, ApplicationEventPublisher events) {
        this.repository = repository;
        this.validator = validator;
        this.events = events;
    }

    public Partnership get(Long id) {
        return repository.findById(id).orElseThrow(() -> new PartnershipNotFound(id));
    }

    public Partnership getByKey(String key) {
        return repository.findByKey(key).orElseThrow(() -> new PartnershipNotFound(key));
    }

    public List<Partnership> all() {
        return repository.findAll(Sort.by("programme", "listNumber", "acronym"));
    }

    public long count() {
        return repository.count();
    }

    /** For every target market, the partnerships that target it — most targeted first. */
    public List<TargetMarketCount> targetMarkets() {
        Map<String, List<String>> byCountry = new TreeMap<>();
        for (Partnership partnership : all()) {
            for (String country : partnership.getTargetMarkets()) {
                byCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(partnership.getAcronym());
            }
        }
        return byCountry.entrySet().stream()
                .map(e -> new TargetMarketCount(e.getKey(), e.getValue().size(), e.getValue()))
                .sorted(Comparator.comparingLong(TargetMarketCount::partnerships).reversed().thenComparing(TargetMarketCount::country))
                .toList();
    }

    /** The partnerships an organisation takes part in, for its profile page. */
    public List<Partnership> ofOrganisation(Long organisationId) {
        return repository.findByPartnerOrganisation(organisationId);
    }

    /** Checks a profile without storing it: throws {@link InvalidInput} listing every problem. */
    public void validate(PartnershipProfile profile) {
        validator.validate(profile);
    }

    @Transactional
    public Partnership create(PartnershipProfile profile) {
        validator.validate(profile);
        Partnership created = repository.save(new Partnership(Slugs.unique(profile.acronym(), repository::existsByKey), profile));
        events.publishEvent(new PartnershipChanged(created.getId()));
        return created;
    }

    /** Creates or updates partnerships by key, all or none; every problem of every record is reported. */
    @Transactional
    public void importAll(List<ImportedPartnership> imported) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        for (ImportedPartnership record : imported) {
            try {
                validator.validate(record.profile());
                Partnership partnership = repository.findByKey(record.key())
                        .orElseGet(() -> new Partnership(record.key(), record.profile()));
                partnership.updateProfile(record.profile());
                partnership.recordProvenance(record.sources(), record.notes());
                repository.save(partnership);
                events.publishEvent(new PartnershipChanged(partnership.getId()));
            } catch (InvalidInput invalid) {
                invalid.problems().forEach(p -> problems.add(
                        new InvalidInput.FieldProblem("partnerships[" + record.key() + "]." + p.field(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    @Transactional
    public Partnership update(Long id, PartnershipProfile profile) {
        validator.validate(profile);
        Partnership partnership = get(id);
        partnership.updateProfile(profile);
        events.publishEvent(new PartnershipChanged(id));
        return partnership;
    }

    @Transactional
    public void delete(Long id) {
        repository.delete(get(id));
        events.publishEvent(new PartnershipChanged(id));
    }

    /** A deleted organisation leaves the partnerships it was in, in the same transaction as the deletion. */
    @EventListener
    void on(OrganisationDeleted event) {
        for (Partnership partnership : repository.findByPartnerOrganisation(event.organisationId())) {
            partnership.removePartner(event.organisationId());
            events.publishEvent(new PartnershipChanged(partnership.getId()));
        }
    }
}
