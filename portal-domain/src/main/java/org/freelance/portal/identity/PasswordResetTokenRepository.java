package org.freelance.portal.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PasswordResetTokenRepository extends JpaRepository<PasswordResetToken, Long> {

    Optional<PasswordResetToken> findByTokenHash(String tokenHash);

    /** Links still within their validity, that is issued during the last {@code RESET_VALIDITY}. */
    long countByUser_IdAndExpiresAtAfter(Long userId, Instant now);

    /** Voids every unused link of the person (marks it used now). */
    @Modifying(flushAutomatically = true)
    @Query("update PasswordResetToken t set t.usedAt = :now where t.user.id = :userId and t.usedAt is null")
    int voidUnused(@Param("userId") Long userId, @Param("now") Instant now);
}
