package eu.clusterbridge.partnerships;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Partnerships are always read with their partners: no page or API answer shows one without them. */
interface PartnershipRepository extends JpaRepository<Partnership, Long> {

    @Override
    @EntityGraph(attributePaths = "partners")
    Optional<Partnership> findById(Long id);

    @Override
    @EntityGraph(attributePaths = "partners")
    List<Partnership> findAll(Sort sort);

    @EntityGraph(attributePaths = "partners")
    Optional<Partnership> findByKey(String key);

    boolean existsByKey(String key);

    @EntityGraph(attributePaths = "partners")
    @Query("select distinct p from Partnership p join p.partners partner where partner.organisationId = :organisationId order by p.acronym")
    List<Partnership> findByPartnerOrganisation(Long organisationId);
}
