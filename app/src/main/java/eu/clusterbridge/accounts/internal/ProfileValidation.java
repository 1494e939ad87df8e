package eu.clusterbridge.accounts.internal;

import java.util.List;

import eu.clusterbridge.accounts.OrganisationPublished;
import eu.clusterbridge.accounts.OrganisationReturned;
import eu.clusterbridge.accounts.OrganisationSubmitted;
import eu.clusterbridge.directory.Organisation;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.directory.PublicationStatus;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validation workflow: draft → submitted → published, or returned with reasons (then edited and submitted
 * again). The applicant sees every criterion as met or unmet before submitting; only a profile meeting them all
 * (or recognised by a cluster programme) can be submitted. Who may call what is decided by the security rules.
 */
@Service
@Transactional
public class ProfileValidation {

    private final Organisations organisations;
    private final ProfileEvidenceStore evidence;
    private final ValidationDecisions decisions;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ProfileValidation(Organisations organisations, ProfileEvidenceStore evidence, ValidationDecisions decisions, AuditLog audit,
                      ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.evidence = evidence;
        this.decisions = decisions;
        this.audit = audit;
        this.events = events;
    }

    /** Everything the validation page shows. */
    public record Review(Organisation organisation, ProfileEvidence evidence, List<ClusterCriteria.Criterion> criteria,
                         boolean submittable, List<ValidationDecisions.Decision> history) {
    }

    @Transactional(readOnly = true)
    public Review review(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        ProfileEvidence declared = evidence.of(organisationId);
        List<ClusterCriteria.Criterion> criteria = ClusterCriteria.evaluate(organisation, declared);
        boolean open = organisation.getPublicationStatus() == PublicationStatus.DRAFT
                || organisation.getPublicationStatus() == PublicationStatus.RETURNED;
        return new Review(organisation, declared, criteria, open && ClusterCriteria.allMet(criteria), decisions.of(organisationId));
    }

    /**
     * Saves the declarations and, if every criterion is met, submits the profile to the validators. The
     * declarations are kept even when the submission is refused, so the applicant does not tick them again.
     */
    @Transactional(noRollbackFor = InvalidInput.class)
    public Review submit(long accountId, long organisationId, ProfileEvidence declared) {
        new FieldChecks().maxLength("recognisingProgramme", declared.recognisingProgramme(), 300).orThrow();
        evidence.save(organisationId, declared);
        Review review = review(organisationId);
        PublicationStatus status = review.organisation().getPublicationStatus();
        if (status != PublicationStatus.DRAFT && status != PublicationStatus.RETURNED) {
            throw InvalidInput.of("status", "the profile is " + status.name().toLowerCase() + ", not a draft");
        }
        if (!review.submittable()) {
            throw InvalidInput.of("criteria", "not every criterion is met yet");
        }
        organisations.changePublicationStatus(organisationId, PublicationStatus.SUBMITTED);
        decisions.record(organisationId, ValidationDecisions.Outcome.SUBMITTED, null, accountId);
        audit.record(accountId, "PROFILE_SUBMITTED", review.organisation().getKey());
        events.publishEvent(new OrganisationSubmitted(organisationId, accountId));
        return review(organisationId);
    }

    @Transactional(readOnly = true)
    public List<Organisation> queue() {
        return organisations.withStatus(PublicationStatus.SUBMITTED);
    }

    public void publish(long validatorId, long organisationId) {
        Organisation organisation = submitted(organisationId);
        organisations.changePublicationStatus(organisationId, PublicationStatus.PUBLISHED);
        decisions.record(organisationId, ValidationDecisions.Outcome.PUBLISHED, null, validatorId);
        audit.record(validatorId, "PROFILE_PUBLISHED", organisation.getKey());
        events.publishEvent(new OrganisationPublished(organisationId, validatorId));
    }

    public void returnWithReasons(long validatorId, long organisationId, String reasons) {
        new FieldChecks().required("reasons", reasons).maxLength("reasons", reasons, 4000).orThrow();
        Organisation organisation = submitted(organisationId);
        organisations.changePublicationStatus(organisationId, PublicationStatus.RETURNED);
        decisions.record(organisationId, ValidationDecisions.Outcome.RETURNED, reasons.strip(), validatorId);
        audit.record(validatorId, "PROFILE_RETURNED", organisation.getKey());
        events.publishEvent(new OrganisationReturned(organisationId, validatorId, reasons.strip()));
    }

    private Organisation submitted(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (organisation.getPublicationStatus() != PublicationStatus.SUBMITTED) {
            throw InvalidInput.of("status", "only submitted profiles can be decided; this one is "
                    + organisation.getPublicationStatus().name().toLowerCase());
        }
        return organisation;
    }
}
