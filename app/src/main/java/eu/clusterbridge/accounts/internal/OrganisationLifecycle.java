package eu.clusterbridge.accounts.internal;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.accounts.SignedInAccount;
import eu.clusterbridge.directory.OrganisationCreated;
import eu.clusterbridge.directory.OrganisationDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps roles in step with the directory, synchronously inside the directory's transaction (all or nothing):
 * whoever creates an organisation becomes its owner; a deleted organisation takes its roles, invitations and
 * evidence with it (its validation decisions stay in the audit trail).
 */
@Component
class OrganisationLifecycle {

    private final Memberships memberships;
    private final OrganisationMemberRepository members;
    private final InvitationRepository invitations;
    private final AuditLog audit;

    OrganisationLifecycle(Memberships memberships, OrganisationMemberRepository members, InvitationRepository invitations,
                          AuditLog audit) {
        this.memberships = memberships;
        this.members = members;
        this.invitations = invitations;
        this.audit = audit;
    }

    @EventListener
    void created(OrganisationCreated created) {
        // The directory does not know accounts; the creator is whoever is signed in on this request (page or token).
        SignedInAccount.of(SecurityContextHolder.getContext().getAuthentication())
                .ifPresent(creator -> memberships.join(creator.accountId(), created.organisationId(), OrganisationRole.OWNER));
    }

    @EventListener
    void deleted(OrganisationDeleted deleted) {
        members.deleteByOrganisationId(deleted.organisationId());
        invitations.deleteByOrganisationId(deleted.organisationId());
        Long actor = SignedInAccount.of(SecurityContextHolder.getContext().getAuthentication()).map(SignedInAccount::accountId).orElse(null);
        audit.record(actor, "ORGANISATION_DELETED", deleted.key() + " (" + deleted.organisationId() + ")");
    }
}
