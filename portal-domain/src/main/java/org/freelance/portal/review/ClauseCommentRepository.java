package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClauseCommentRepository extends JpaRepository<ClauseComment, Long> {

    List<ClauseComment> findAllByRequestIdOrderByCreatedAtAscIdAsc(Long requestId);
}
