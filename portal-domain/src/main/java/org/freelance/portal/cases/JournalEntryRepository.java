package org.freelance.portal.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findAllByCaseIdOrderBySequenceAsc(Long caseId);
}
