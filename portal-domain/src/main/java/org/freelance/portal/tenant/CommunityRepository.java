package org.freelance.portal.tenant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommunityRepository extends JpaRepository<Community, Long> {

    Optional<Community> findBySlug(String slug);

    List<Community> findAllByOrderByNameAsc();

    @Query("select c.slug from Community c")
    List<String> findAllSlugs();
}
