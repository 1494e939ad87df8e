package eu.clusterbridge.community;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommunityEventRepository extends JpaRepository<CommunityEvent, Long> {

    Optional<CommunityEvent> findByKey(String key);
}
