package eu.clusterbridge.accounts.internal;

import java.util.List;
import java.util.Optional;

import eu.clusterbridge.accounts.OrganisationRole;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationMemberRepository extends JpaRepository<OrganisationMember, Long> {

    Optional<OrganisationMember> findByAccountIdAndOrganisationId(long accountId, long organisationId);

    List<OrganisationMember> findByAccountIdOrderByOrganisationId(long accountId);

    List<OrganisationMember> findByOrganisationIdOrderById(long organisationId);

    long countByOrganisationIdAndRole(long organisationId, OrganisationRole role);

    void deleteByOrganisationId(long organisationId);
}
