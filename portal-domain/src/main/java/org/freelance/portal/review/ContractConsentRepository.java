package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractConsentRepository extends JpaRepository<ContractConsent, Long> {

    List<ContractConsent> findAllByRequestIdAndGranteeIdOrderByGrantedAtAscIdAsc(Long requestId, Long granteeId);

    List<ContractConsent> findAllByRequestIdOrderByGrantedAtDescIdDesc(Long requestId);
}
