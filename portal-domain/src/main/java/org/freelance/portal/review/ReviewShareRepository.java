package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewShareRepository extends JpaRepository<ReviewShare, Long> {

    List<ReviewShare> findAllByRequestId(Long requestId);

    List<ReviewShare> findAllByExpertId(Long expertId);

    boolean existsByRequestIdAndExpertId(Long requestId, Long expertId);

    void deleteAllByRequestId(Long requestId);
}
