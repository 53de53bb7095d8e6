package org.freelance.portal.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseParticipantRepository extends JpaRepository<CaseParticipant, Long> {

    List<CaseParticipant> findAllByCaseIdOrderByJoinedAtAsc(Long caseId);

    List<CaseParticipant> findAllByUserId(Long userId);

    List<CaseParticipant> findAllByCaseIdInAndRole(java.util.Collection<Long> caseIds,
            CaseEnums.ParticipantRole role);

    Optional<CaseParticipant> findByCaseIdAndUserId(Long caseId, Long userId);
}
