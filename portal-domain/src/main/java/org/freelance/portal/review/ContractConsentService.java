package org.freelance.portal.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.review.ReviewEnums.ContractSource;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a requester consent that one named member of the community reads the contract of a request
 * (the lead of the dispute case they linked to it): who consented, to whom and when are recorded, the
 * consent can be revoked at any time and then the contract is out of that member's reach again.
 * A consent opens the contract only (its versions' text and files), never the experts' findings,
 * assessments, comments or verdicts. Anything out of reach is "not found", as in {@link ReviewService}.
 */
@Service
@Transactional
public class ContractConsentService {

    /** A consent as its requester and its grantee see it; {@code revokedAt} null while it holds. */
    public record ConsentView(Long id, Long requestId, Long granteeId, String granteeName, String grantedByName,
            Instant grantedAt, String revokedByName, Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A version of the contract, without the review's findings. */
    public record ContractVersionView(int number, String fileName, String mediaType, boolean hasFile,
            Instant createdAt) {
    }

    /** The contract a consent opens: the request's title and client, its versions, the latest text. */
    public record GrantedContract(Long requestId, String title, String clientName, List<ContractVersionView> versions,
            String latestText) {
    }

    private final ReviewRequestRepository requests;
    private final ContractVersionRepository versions;
    private final ContractConsentRepository consents;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final Clock clock;

    ContractConsentService(ReviewRequestRepository requests, ContractVersionRepository versions,
            ContractConsentRepository consents, TenantAccess access, CurrentUser currentUser, MemberService members,
            Clock clock) {
        this.requests = requests;
        this.versions = versions;
        this.consents = consents;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.clock = clock;
    }

    /**
     * The requester consents that {@code granteeId} reads the contract; requester only (others: not
     * found). The grantee must be another member of the community ({@code error.review.consent-grantee}).
     * Consenting again while a consent holds changes nothing and returns it.
     */
    public ConsentView grant(Long requestId, Long granteeId) {
        ReviewRequest request = requireRequester(requestId);
        MemberDirectory directory = members.directoryByUser();
        if (granteeId == null || granteeId.equals(request.getRequesterId()) || !directory.has(granteeId)) {
            throw new PortalException("error.review.consent-grantee");
        }
        ContractConsent consent = active(requestId, granteeId).orElseGet(() -> consents.save(new ContractConsent(
                requestId, granteeId, currentUser.requireId(), clock.instant().truncatedTo(ChronoUnit.MICROS))));
        return view(consent, directory);
    }

    /** The requester withdraws the consent given to {@code granteeId}; requester only; nothing to withdraw is fine. */
    public void revoke(Long requestId, Long granteeId) {
        requireRequester(requestId);
        active(requestId, granteeId).ifPresent(c -> c.revoke(currentUser.requireId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /**
     * The latest consent (holding or revoked) given to {@code granteeId} on the request, if any; for the
     * requester and for that grantee only (others: not found).
     */
    @Transactional(readOnly = true)
    public Optional<ConsentView> latest(Long requestId, Long granteeId) {
        access.requireMember();
        Long me = currentUser.requireId();
        ReviewRequest request = requestId == null ? null : requests.findById(requestId).orElse(null);
        if (request == null || granteeId == null
                || !(request.getRequesterId().equals(me) || granteeId.equals(me))) {
            throw new NotFoundException();
        }
        List<ContractConsent> all = consents.findAllByRequestIdAndGranteeIdOrderByGrantedAtAscIdAsc(requestId,
                granteeId);
        return all.isEmpty() ? Optional.empty() : Optional.of(view(all.getLast(), members.directoryByUser()));
    }

    /** Every consent given on the request, the latest first; requester only (others: not found). */
    @Transactional(readOnly = true)
    public List<ConsentView> consents(Long requestId) {
        requireRequester(requestId);
        MemberDirectory directory = members.directoryByUser();
        return consents.findAllByRequestIdOrderByGrantedAtDescIdDesc(requestId).stream()
                .map(c -> view(c, directory)).toList();
    }

    /** The contract, for a member holding a consent on it now (anyone else, requester included: not found). */
    @Transactional(readOnly = true)
    public GrantedContract contract(Long requestId) {
        ReviewRequest request = requireGrantee(requestId);
        List<ContractVersion> all = versions.findAllByRequestIdOrderByNumberAsc(requestId);
        return new GrantedContract(requestId, request.getTitle(), request.mission().clientName(),
                all.stream().map(v -> new ContractVersionView(v.getNumber(), v.getFileName(), v.getMediaType(),
                        v.getSource() == ContractSource.UPLOAD, v.getCreatedAt())).toList(),
                all.isEmpty() ? "" : all.getLast().getText());
    }

    /** The uploaded file of a version (empty for pasted text), for a member holding a consent now. */
    @Transactional(readOnly = true)
    public Optional<byte[]> contractFile(Long requestId, int versionNumber) {
        requireGrantee(requestId);
        return versions.findAllByRequestIdOrderByNumberAsc(requestId).stream()
                .filter(v -> v.getNumber() == versionNumber).findFirst().map(ContractVersion::getContent);
    }

    private Optional<ContractConsent> active(Long requestId, Long granteeId) {
        return consents.findAllByRequestIdAndGranteeIdOrderByGrantedAtAscIdAsc(requestId, granteeId).stream()
                .filter(ContractConsent::active).findFirst();
    }

    private ReviewRequest requireRequester(Long requestId) {
        access.requireMember();
        ReviewRequest request = requestId == null ? null : requests.findById(requestId).orElse(null);
        if (request == null || !request.getRequesterId().equals(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return request;
    }

    private ReviewRequest requireGrantee(Long requestId) {
        access.requireMember();
        ReviewRequest request = requestId == null ? null : requests.findById(requestId).orElse(null);
        if (request == null || active(requestId, currentUser.requireId()).isEmpty()) {
            throw new NotFoundException();
        }
        return request;
    }

    private ConsentView view(ContractConsent c, MemberDirectory directory) {
        return new ConsentView(c.getId(), c.getRequestId(), c.getGranteeId(), directory.nameOf(c.getGranteeId()),
                directory.nameOf(c.getGrantedBy()), c.getGrantedAt(),
                c.getRevokedBy() == null ? null : directory.nameOf(c.getRevokedBy()), c.getRevokedAt());
    }


}
