package org.freelance.portal.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationEventRepository extends JpaRepository<ModerationEvent, Long> {

    List<ModerationEvent> findAllByArticleIdOrderByAtAscIdAsc(Long articleId);
}
