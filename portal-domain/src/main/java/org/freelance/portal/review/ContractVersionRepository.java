package org.freelance.portal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractVersionRepository extends JpaRepository<ContractVersion, Long> {

    List<ContractVersion> findAllByRequestIdOrderByNumberAsc(Long requestId);
}
