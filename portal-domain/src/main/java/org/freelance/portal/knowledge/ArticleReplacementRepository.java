package org.freelance.portal.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleReplacementRepository extends JpaRepository<ArticleReplacement, Long> {

    List<ArticleReplacement> findAllByArticleIdOrderByFieldAscStartAsc(Long articleId);

    void deleteAllByArticleId(Long articleId);
}
