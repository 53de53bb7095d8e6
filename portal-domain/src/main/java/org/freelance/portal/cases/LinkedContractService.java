package org.freelance.portal.cases;

import java.util.Optional;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.review.ContractConsentService;
import org.freelance.portal.review.ContractConsentService.ConsentView;
import org.freelance.portal.review.ContractConsentService.GrantedContract;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract of the review request a case links to (the same mission's second opinion), as the
 * case's lead may read it: only when the freelancer, who requested that review, consents. The
 * freelancer gives and withdraws the consent here; it is recorded by {@link ContractConsentService}
 * (who, to whom, when), which also refuses the contract to anyone without a consent that holds now.
 * This service adds the case's side: only the freelancer consents, only to the case's lead, and only
 * the lead reads through the case. Supporters, admins and anyone else get "not found".
 */
@Service
@Transactional
public class LinkedContractService {

    /**
     * Where the linked contract stands for the signed-in freelancer or lead. {@code consent} is the
     * latest consent given to the lead (holding or withdrawn), null when none was ever given.
     */
    public record LinkedContract(Long reviewRequestId, String leadName, ConsentView consent, boolean canGrant,
            boolean canRevoke, boolean canRead) {

        public boolean linked() {
            return reviewRequestId != null;
        }
    }

    private final DisputeCaseRepository cases;
    private final CaseParticipantRepository participants;
    private final ContractConsentService consents;
    private final ApplicationEventPublisher events;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;

    LinkedContractService(DisputeCaseRepository cases, CaseParticipantRepository participants,
            ContractConsentService consents, ApplicationEventPublisher events, TenantAccess access,
            CurrentUser currentUser, MemberService members) {
        this.cases = cases;
        this.participants = participants;
        this.consents = consents;
        this.events = events;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
    }

    /** The state of the linked contract; the case's freelancer and lead only (others: not found). */
    @Transactional(readOnly = true)
    public LinkedContract status(Long caseId) {
        DisputeCase dispute = load(caseId);
        Long me = currentUser.requireId();
        Optional<Long> lead = leadOf(dispute);
        boolean freelancer = dispute.getFreelancerId().equals(me);
        boolean isLead = lead.filter(me::equals).isPresent();
        if (!freelancer && !isLead) {
            throw new NotFoundException();
        }
        Long request = dispute.getReviewRequestId();
        ConsentView consent = request == null || lead.isEmpty() ? null
                : consents.latest(request, lead.get()).orElse(null);
        boolean holds = consent != null && consent.active();
        return new LinkedContract(request, lead.map(this::nameOf).orElse(null), consent,
                freelancer && request != null && lead.isPresent() && !holds, freelancer && holds, isLead && holds);
    }

    /**
     * The freelancer consents that the case's lead reads the linked contract; the lead is notified.
     * Not the freelancer: not found; no linked review request: {@code error.case.no-linked-review}; no
     * lead yet: {@code error.case.no-lead}.
     */
    public ConsentView grant(Long caseId) {
        DisputeCase dispute = requireFreelancer(caseId);
        Long lead = requireLinkAndLead(dispute);
        ConsentView consent = consents.grant(dispute.getReviewRequestId(), lead);
        events.publishEvent(new ContractShared(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                nameOf(dispute.getFreelancerId()), lead));
        return consent;
    }

    /** The freelancer withdraws the consent; the lead is notified. Same refusals as {@link #grant}. */
    public void revoke(Long caseId) {
        DisputeCase dispute = requireFreelancer(caseId);
        Long lead = requireLinkAndLead(dispute);
        boolean held = consents.latest(dispute.getReviewRequestId(), lead).map(ConsentView::active).orElse(false);
        consents.revoke(dispute.getReviewRequestId(), lead);
        if (held) {
            events.publishEvent(new ContractRevoked(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                    nameOf(dispute.getFreelancerId()), lead));
        }
    }

    /** The linked contract, for the case's lead while the freelancer's consent holds (otherwise: not found). */
    @Transactional(readOnly = true)
    public GrantedContract contract(Long caseId) {
        return consents.contract(requireLeadLink(caseId));
    }

    /** A version's uploaded file (empty for pasted text); same rule as {@link #contract}. */
    @Transactional(readOnly = true)
    public Optional<byte[]> contractFile(Long caseId, int versionNumber) {
        return consents.contractFile(requireLeadLink(caseId), versionNumber);
    }

    private Long requireLeadLink(Long caseId) {
        DisputeCase dispute = load(caseId);
        Long me = currentUser.requireId();
        if (leadOf(dispute).filter(me::equals).isEmpty() || dispute.getReviewRequestId() == null) {
            throw new NotFoundException();
        }
        return dispute.getReviewRequestId();
    }

    private Long requireLinkAndLead(DisputeCase dispute) {
        if (dispute.getReviewRequestId() == null) {
            throw new PortalException("error.case.no-linked-review");
        }
        return leadOf(dispute).orElseThrow(() -> new PortalException("error.case.no-lead"));
    }

    private DisputeCase requireFreelancer(Long caseId) {
        DisputeCase dispute = load(caseId);
        if (!dispute.getFreelancerId().equals(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return dispute;
    }

    private DisputeCase load(Long caseId) {
        access.requireMember();
        return (caseId == null ? Optional.<DisputeCase>empty() : cases.findById(caseId))
                .orElseThrow(NotFoundException::new);
    }

    private Optional<Long> leadOf(DisputeCase dispute) {
        return participants.findAllByCaseIdOrderByJoinedAtAsc(dispute.getId()).stream()
                .filter(p -> p.getRole() == ParticipantRole.LEAD).map(CaseParticipant::getUserId).findFirst();
    }

    private String nameOf(Long userId) {
        return members.directoryByUser().nameOf(userId);
    }
}
