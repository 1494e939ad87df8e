package eu.clusterbridge.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByKey(String key);

    boolean existsByKey(String key);

    List<Organisation> findByKeyIn(Collection<String> keys);

    long countByType(String type);

    @Query("select count(distinct o.country) from Organisation o")
    long countCountries();
}
