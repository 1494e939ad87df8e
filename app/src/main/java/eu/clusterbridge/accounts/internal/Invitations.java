package eu.clusterbridge.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.clusterbridge.accounts.Memberships;
import eu.clusterbridge.accounts.OrganisationRole;
import eu.clusterbridge.directory.Organisations;
import eu.clusterbridge.shared.FieldChecks;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners invite colleagues by e-mail. The invitation is bound to the e-mailed link (valid 14 days), so a
 * colleague without an account signs up first, with any address, and then accepts it.
 */
@Service
@Transactional
public class Invitations {

    static final Duration VALIDITY = Duration.ofDays(14);

    private final InvitationRepository invitations;
    private final Memberships memberships;
    private final Organisations organisations;
    private final MailOutbox mail;
    private final AuditLog audit;

    Invitations(InvitationRepository invitations, Memberships memberships, Organisations organisations, MailOutbox mail, AuditLog audit) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.organisations = organisations;
        this.mail = mail;
        this.audit = audit;
    }

    public void invite(long ownerId, long organisationId, String email, String role) {
        FieldChecks checks = new FieldChecks().required("email", email).email("email", email).required("role", role);
        OrganisationRole chosen = checks.choice("role", role, OrganisationRole.class);
        checks.orThrow();
        String secret = Secrets.newSecret();
        invitations.save(new Invitation(organisationId, email, chosen, Secrets.hash(secret), ownerId, Instant.now().plus(VALIDITY)));
        String name = organisations.get(organisationId).getName();
        audit.record(ownerId, "INVITATION_SENT", Account.normalise(email) + " as " + chosen + " of organisation " + organisationId);
        mail.send(Account.normalise(email), "Invitation to " + name + " on ClusterBridge",
                "You are invited to join " + name + " on ClusterBridge as " + chosen.name().toLowerCase()
                        + ". Open the link within 14 days (sign up first if you have no account):", "/invitations?token=" + secret);
    }

    @Transactional(readOnly = true)
    public List<Invitation> open(long organisationId) {
        Instant now = Instant.now();
        return invitations.findByOrganisationIdAndAcceptedAtIsNullOrderById(organisationId).stream().filter(i -> i.isOpen(now)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Invitation> find(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Secrets.hash(secret)).filter(i -> i.isOpen(Instant.now()));
    }

    /** @return the organisation joined */
    public long accept(long accountId, String secret) {
        Invitation invitation = find(secret).orElseThrow(() -> InvalidInput.of("token", "the invitation is unknown, used or expired"));
        invitation.accept();
        memberships.join(accountId, invitation.getOrganisationId(), invitation.getRole());
        return invitation.getOrganisationId();
    }
}
