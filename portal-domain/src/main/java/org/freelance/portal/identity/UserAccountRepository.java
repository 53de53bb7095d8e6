package org.freelance.portal.identity;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByOperatorTrue();

    /**
     * Adds one failed sign-in in the database itself, so parallel failures are all counted (the row
     * lock orders them) and none trips over the entity's version. Returns the rows changed (0 or 1).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.failedSignIns = a.failedSignIns + 1 where a.email = :email")
    int countFailedSignIn(@Param("email") String email);

    /** Locks the account until {@code until} and restarts the count, if it reached {@code max} failures. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.lockedUntil = :until, a.failedSignIns = 0"
            + " where a.email = :email and a.failedSignIns >= :max")
    int lockAfterFailures(@Param("email") String email, @Param("max") int max, @Param("until") Instant until);

    /** Clears the failure count and any lock, and stamps the sign-in, without touching the version. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.failedSignIns = 0, a.lockedUntil = null, a.lastSignInAt = :at"
            + " where a.id = :id")
    int recordSignIn(@Param("id") Long id, @Param("at") Instant at);
}
