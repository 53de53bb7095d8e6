package org.freelance.portal.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseVettingRepository extends JpaRepository<CaseVetting, Long> {

    List<CaseVetting> findAllByCaseId(Long caseId);

    void deleteAllByCaseId(Long caseId);
}
