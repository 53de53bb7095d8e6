package org.freelance.portal.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    List<JournalEntry> findAllByCaseIdOrderBySequenceAsc(Long caseId);

    /** What an append chains onto, read without loading the journal; empty for a journal with no entry. */
    Optional<JournalHead> findFirstByCaseIdOrderBySequenceDesc(Long caseId);

    long countByCaseId(Long caseId);

    boolean existsByCaseId(Long caseId);

    /** The entries the risk score reads: weak signals and corrections (a correction can cancel a signal). */
    @Query("select e from JournalEntry e where e.caseId = :caseId and (e.type = "
            + "org.freelance.portal.cases.CaseEnums.EntryType.WEAK_SIGNAL or e.correctsSequence is not null) "
            + "order by e.sequence")
    List<JournalEntry> findSignalsAndCorrections(Long caseId);
}
