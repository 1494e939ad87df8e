package eu.clusterbridge.accounts.internal;

import eu.clusterbridge.accounts.OrganisationRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's role in one organisation (the organisation is referred to by id: it lives in the directory). */
@Entity
@Table(name = "accounts_membership")
public class OrganisationMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private OrganisationRole role;

    protected OrganisationMember() {
    }

    public OrganisationMember(long accountId, long organisationId, OrganisationRole role) {
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.role = role;
    }

    public Long getAccountId() { return accountId; }
    public Long getOrganisationId() { return organisationId; }
    public OrganisationRole getRole() { return role; }

    public void changeRole(OrganisationRole role) {
        this.role = role;
    }
}
