package org.freelance.portal.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PrivateNoteRepository extends JpaRepository<PrivateNote, Long> {

    List<PrivateNote> findAllByCaseIdOrderByWrittenAtAscIdAsc(Long caseId);
}
