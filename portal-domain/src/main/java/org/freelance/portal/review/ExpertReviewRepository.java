package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertReviewRepository extends JpaRepository<ExpertReview, Long> {

    List<ExpertReview> findAllByRequestIdOrderByTakenAtAsc(Long requestId);

    java.util.Optional<ExpertReview> findByRequestIdAndExpertId(Long requestId, Long expertId);

    List<ExpertReview> findAllByExpertId(Long expertId);
}
