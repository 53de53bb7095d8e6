package org.freelance.portal.tenant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Tenant-scoped by Hibernate: every query sees the current community's memberships only. */
interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m from Membership m join fetch m.user where m.user.id = :userId")
    Optional<Membership> findByUserId(Long userId);

    @Query("select m from Membership m join fetch m.user u order by u.displayName")
    List<Membership> findAllWithUsers();

    long count();
}
