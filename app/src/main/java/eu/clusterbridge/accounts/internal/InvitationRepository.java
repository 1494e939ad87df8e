package eu.clusterbridge.accounts.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByOrganisationIdAndAcceptedAtIsNullOrderById(long organisationId);

    void deleteByOrganisationId(long organisationId);
}
