package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationPointRepository extends JpaRepository<NegotiationPoint, Long> {

    List<NegotiationPoint> findAllByRequestId(Long requestId);
}
