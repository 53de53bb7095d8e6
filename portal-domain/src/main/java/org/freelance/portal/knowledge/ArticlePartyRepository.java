package org.freelance.portal.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticlePartyRepository extends JpaRepository<ArticleParty, Long> {

    List<ArticleParty> findAllByArticleIdOrderByPositionAsc(Long articleId);

    void deleteAllByArticleId(Long articleId);
}
