package eu.clusterbridge.accounts.internal;

import java.time.Instant;

import eu.clusterbridge.accounts.OrganisationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An owner's invitation to join an organisation in a role, sent by e-mail. It is bound to the link's secret, not
 * to an account, so people without an account yet sign up first and then accept it.
 */
@Entity
@Table(name = "accounts_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id")
    private Long organisationId;

    private String email;

    @Enumerated(EnumType.STRING)
    private OrganisationRole role;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(long organisationId, String email, OrganisationRole role, String tokenHash, long invitedBy, Instant expiresAt) {
        this.organisationId = organisationId;
        this.email = Account.normalise(email);
        this.role = role;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.expiresAt = expiresAt;
    }

    public Long getId() { return id; }
    public Long getOrganisationId() { return organisationId; }
    public String getEmail() { return email; }
    public OrganisationRole getRole() { return role; }
    public Instant getExpiresAt() { return expiresAt; }
    public boolean isOpen(Instant now) { return acceptedAt == null && now.isBefore(expiresAt); }

    public void accept() {
        acceptedAt = Instant.now();
    }
}
