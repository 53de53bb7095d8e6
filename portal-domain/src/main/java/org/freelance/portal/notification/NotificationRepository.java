package org.freelance.portal.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findAllByUserIdOrderByCreatedAtDescIdDesc(Long userId, Pageable page);

    long countByUserIdAndReadAtIsNull(Long userId);

    /**
     * Unread notifications of one person per community, across communities on purpose (native SQL is
     * not tenant-filtered): it reads that person's own rows only and returns counts, no content.
     */
    @Query(value = "select tenant_id, count(*) from notification where user_id = :userId and read_at is null"
            + " group by tenant_id", nativeQuery = true)
    List<Object[]> countUnreadPerTenant(Long userId);

    /** Marks every unread notification of this person in the current community read (tenant-filtered JPQL). */
    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(Long userId, java.time.Instant at);
}
