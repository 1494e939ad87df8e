package eu.clusterbridge.accounts;

import java.util.List;
import java.util.Optional;

import eu.clusterbridge.accounts.internal.AuditLog;
import eu.clusterbridge.accounts.internal.OrganisationMember;
import eu.clusterbridge.accounts.internal.OrganisationMemberRepository;
import eu.clusterbridge.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which organisation in which role. A person may belong to several organisations; an
 * organisation that has owners always keeps at least one (the last owner can neither leave nor be demoted).
 */
@Service
@Transactional(readOnly = true)
public class Memberships {

    private final OrganisationMemberRepository members;
    private final AuditLog audit;

    Memberships(OrganisationMemberRepository members, AuditLog audit) {
        this.members = members;
        this.audit = audit;
    }

    public Optional<OrganisationRole> roleOf(long accountId, long organisationId) {
        return members.findByAccountIdAndOrganisationId(accountId, organisationId).map(OrganisationMember::getRole);
    }

    public List<Membership> organisationsOf(long accountId) {
        return members.findByAccountIdOrderByOrganisationId(accountId).stream()
                .map(m -> new Membership(m.getOrganisationId(), m.getRole())).toList();
    }

    /** The people of one organisation as (account id, role), in the order they joined. */
    public List<Member> membersOf(long organisationId) {
        return members.findByOrganisationIdOrderById(organisationId).stream()
                .map(m -> new Member(m.getAccountId(), m.getRole())).toList();
    }

    public record Member(long accountId, OrganisationRole role) {
    }

    /** Adds a person in a role, or changes their role if they already belong (accepting an invitation, creating). */
    @Transactional
    public void join(long accountId, long organisationId, OrganisationRole role) {
        members.findByAccountIdAndOrganisationId(accountId, organisationId).ifPresentOrElse(
                existing -> changeRole(existing, role),
                () -> members.save(new OrganisationMember(accountId, organisationId, role)));
        audit.record(accountId, "ROLE_GRANTED", role + " of organisation " + organisationId);
    }

    @Transactional
    public void changeRole(long actorId, long organisationId, long accountId, OrganisationRole role) {
        OrganisationMember member = members.findByAccountIdAndOrganisationId(accountId, organisationId)
                .orElseThrow(() -> InvalidInput.of("accountId", "is not a member of this organisation"));
        changeRole(member, role);
        audit.record(actorId, "ROLE_CHANGED", "account " + accountId + " is now " + role + " of organisation " + organisationId);
    }

    @Transactional
    public void revoke(long actorId, long organisationId, long accountId) {
        OrganisationMember member = members.findByAccountIdAndOrganisationId(accountId, organisationId)
                .orElseThrow(() -> InvalidInput.of("accountId", "is not a member of this organisation"));
        keepAnOwner(member, null);
        members.delete(member);
        audit.record(actorId, "ROLE_REVOKED", "account " + accountId + " left organisation " + organisationId);
    }

    /** Organisations where this account is the only owner: it must hand them over before it can be deleted. */
    public List<Long> soleOwnerships(long accountId) {
        return members.findByAccountIdOrderByOrganisationId(accountId).stream()
                .filter(m -> m.getRole() == OrganisationRole.OWNER)
                .filter(m -> members.countByOrganisationIdAndRole(m.getOrganisationId(), OrganisationRole.OWNER) == 1)
                .map(OrganisationMember::getOrganisationId).toList();
    }

    private void changeRole(OrganisationMember member, OrganisationRole role) {
        keepAnOwner(member, role);
        member.changeRole(role);
    }

    private void keepAnOwner(OrganisationMember member, OrganisationRole newRole) {
        boolean losesOwner = member.getRole() == OrganisationRole.OWNER && newRole != OrganisationRole.OWNER;
        if (losesOwner && members.countByOrganisationIdAndRole(member.getOrganisationId(), OrganisationRole.OWNER) == 1) {
            throw InvalidInput.of("role", "an organisation keeps at least one owner: make someone else owner first");
        }
    }
}
