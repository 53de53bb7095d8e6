package org.freelance.portal.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseContactRepository extends JpaRepository<CaseContact, Long> {

    List<CaseContact> findAllByCaseId(Long caseId);

    void deleteAllByCaseId(Long caseId);
}
