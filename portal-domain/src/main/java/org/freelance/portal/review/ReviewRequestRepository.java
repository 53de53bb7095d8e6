package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewRequestRepository extends JpaRepository<ReviewRequest, Long> {

    List<ReviewRequest> findAllByRequesterIdOrderByUpdatedAtDesc(Long requesterId);

    List<ReviewRequest> findAllByShareModeOrderByUpdatedAtDesc(ReviewEnums.ShareMode shareMode);

    List<ReviewRequest> findAllByIdInOrderByUpdatedAtDesc(java.util.Collection<Long> ids);
}
