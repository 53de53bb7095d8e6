package org.freelance.portal.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    List<CaseFile> findAllByCaseIdOrderByIdAsc(Long caseId);

    Optional<CaseFile> findByIdAndCaseId(Long id, Long caseId);
}
