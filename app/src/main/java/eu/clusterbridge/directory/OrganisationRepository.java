package eu.clusterbridge.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByKey(String key);

    boolean existsByKey(String key);

    List<Organisation> findByKeyIn(Collection<String> keys);

    long countByTypeAndPublicationStatus(String type, PublicationStatus status);

    long countByPublicationStatus(PublicationStatus status);

    Page<Organisation> findByPublicationStatus(PublicationStatus status, Pageable pageable);

    List<Organisation> findByPublicationStatus(PublicationStatus status, Sort sort);

    @Query("select count(distinct o.country) from Organisation o where o.publicationStatus = eu.clusterbridge.directory.PublicationStatus.PUBLISHED")
    long countCountries();
}
