package org.freelance.portal.knowledge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueEntryRepository extends JpaRepository<CatalogueEntry, Long> {

    Optional<CatalogueEntry> findBySourceCommunityAndSourceArticleId(String sourceCommunity, Long sourceArticleId);
}
