package org.freelance.portal.knowledge;

import java.util.List;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findAllByAuthorIdOrderByUpdatedAtDesc(Long authorId);

    List<Article> findAllByStatusOrderByUpdatedAtDesc(ArticleStatus status);
}
