package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingAssessmentRepository extends JpaRepository<FindingAssessment, Long> {

    List<FindingAssessment> findAllByFindingIdIn(java.util.Collection<Long> findingIds);

    java.util.Optional<FindingAssessment> findByFindingIdAndExpertId(Long findingId, Long expertId);
}
