package org.freelance.portal.identity;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OidcIdentityRepository extends JpaRepository<OidcIdentity, Long> {

    Optional<OidcIdentity> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByUserId(Long userId);
}
