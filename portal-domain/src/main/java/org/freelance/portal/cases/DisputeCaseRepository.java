package org.freelance.portal.cases;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DisputeCaseRepository extends JpaRepository<DisputeCase, Long> {

    List<DisputeCase> findAllByFreelancerIdOrderByUpdatedAtDesc(Long freelancerId);

    List<DisputeCase> findAllByStatusOrderBySubmittedAtAsc(CaseStatus status);

    List<DisputeCase> findAllByIdInOrderByUpdatedAtDesc(Collection<Long> ids);

    List<DisputeCase> findAllByStatusNotOrderByUpdatedAtDesc(CaseStatus status);

    /** Serialises appends to one journal so sequence numbers and the chain stay linear. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from DisputeCase c where c.id = :id")
    Optional<DisputeCase> lockById(Long id);
}
