package org.freelance.portal.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CasePhaseRepository extends JpaRepository<CasePhase, Long> {

    List<CasePhase> findAllByCaseId(Long caseId);

    void deleteAllByCaseId(Long caseId);
}
