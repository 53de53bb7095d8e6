package org.freelance.portal.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.freelance.portal.base.CompanyIdentifier;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.review.ReviewEnums.ContractSource;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewEnums.Evolution;
import org.freelance.portal.review.ReviewEnums.FindingOrigin;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.ReviewViews.AssessmentView;
import org.freelance.portal.review.ReviewViews.CommentView;
import org.freelance.portal.review.ReviewViews.EvolutionView;
import org.freelance.portal.review.ReviewViews.ExpertReviewView;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.ReviewViews.Permissions;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.review.ReviewViews.VersionView;
import org.freelance.portal.review.analysis.Clause;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.review.analysis.ContractAnalyzer;
import org.freelance.portal.review.analysis.Finding;
import org.freelance.portal.review.analysis.FindingTexts;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.review.analysis.PreReview;
import org.freelance.portal.review.analysis.Severity;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Membership;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contract second-opinion feature. A request is visible to its requester and to the experts it
 * is shared with (every expert of the community, or named ones), nobody else: community admins
 * included. Anything out of reach is "not found", so ids cannot be probed. Bad input gives keyed
 * {@link PortalException}s.
 */
@Service
@Transactional
public class ReviewService {

    static final int MAX_TEXT = ContractTextExtractor.MAX_CHARACTERS;
    /** The longest texts a reviewer or requester writes ({@code error.text.too-long}); the views' maxLength. */
    public static final int MAX_NOTE_CHARS = 2000;
    public static final int MAX_COMMENT_CHARS = 4000;
    public static final int MAX_SUMMARY_CHARS = 8000;
    public static final int MAX_CONTEXT_CHARS = 5000;
    static final int MIN_LETTERS = 200;

    private final ReviewRequestRepository requests;
    private final ContractVersionRepository versions;
    private final ReviewFindingRepository findings;
    private final ReviewShareRepository shares;
    private final ExpertReviewRepository expertReviews;
    private final FindingAssessmentRepository assessments;
    private final ClauseCommentRepository comments;
    private final NegotiationPointRepository points;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final ContractTextExtractor extractor;
    private final ContractAnalyzer analyzer = new ContractAnalyzer();
    private final FindingTexts catalogue = new FindingTexts();
    private final Clock clock;

    ReviewService(ReviewRequestRepository requests, ContractVersionRepository versions, ReviewFindingRepository findings,
            ReviewShareRepository shares, ExpertReviewRepository expertReviews, FindingAssessmentRepository assessments,
            ClauseCommentRepository comments, NegotiationPointRepository points, TenantAccess access,
            CurrentUser currentUser, MemberService members, ApplicationEventPublisher events,
            ContractTextExtractor extractor, Clock clock) {
        this.requests = requests;
        this.versions = versions;
        this.findings = findings;
        this.shares = shares;
        this.expertReviews = expertReviews;
        this.assessments = assessments;
        this.comments = comments;
        this.points = points;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.events = events;
        this.extractor = extractor;
        this.clock = clock;
    }

    // --- the requester ------------------------------------------------------------------------------

    /**
     * Creates a request with its first contract version and runs the pre-review. Refuses bad mission
     * data ({@code error.review.*}, {@code error.company.identifier}) and unusable contracts
     * ({@code error.upload.*}, {@code error.review.text-too-short}); nothing is stored then.
     */
    public Long create(MissionContext mission, ContractInput contract) {
        access.requireMember();
        MissionContext checked = check(mission);
        Prepared prepared = prepare(contract);
        ReviewRequest request = requests.save(new ReviewRequest(currentUser.requireId(), checked, clock.instant()));
        storeVersion(request, 1, prepared);
        return request.getId();
    }

    /** Adds a new version of the contract and reviews it; requester only. Returns the version number. */
    public int addVersion(Long requestId, ContractInput contract) {
        ReviewRequest request = requireRequester(requestId);
        Prepared prepared = prepare(contract);
        int number = versions.findAllByRequestIdOrderByNumberAsc(requestId).size() + 1;
        storeVersion(request, number, prepared);
        request.touch(clock.instant());
        events.publishEvent(new ContractVersionAdded(request.tenantId(), request.getId(), request.getTitle(), number,
                expertReviews.findAllByRequestIdOrderByTakenAtAsc(requestId).stream().map(ExpertReview::getExpertId)
                        .toList()));
        return number;
    }

    /**
     * Shares with every expert of the community ({@link ShareMode#ALL_EXPERTS}), with named experts
     * ({@link ShareMode#NAMED}, at least one, each an expert here: {@code error.review.not-an-expert}),
     * or with nobody ({@link ShareMode#PRIVATE}). Newly reached experts are notified.
     */
    public void share(Long requestId, ShareMode mode, Set<Long> expertIds) {
        ReviewRequest request = requireRequester(requestId);
        MemberDirectory directory = members.directoryByUser();
        Set<Long> before = reachableExperts(request, directory);
        shares.deleteAllByRequestId(requestId);
        shares.flush();
        if (mode == ShareMode.NAMED) {
            if (expertIds == null || expertIds.isEmpty()) {
                throw new PortalException("error.review.no-expert-named");
            }
            for (Long expertId : expertIds) {
                MemberSummary expert = directory.get(expertId);
                if (expert == null || !expert.hasRole(Role.EXPERT) || expertId.equals(request.getRequesterId())) {
                    throw new PortalException("error.review.not-an-expert");
                }
                shares.save(new ReviewShare(requestId, expertId));
            }
        }
        request.share(mode == null ? ShareMode.PRIVATE : mode, clock.instant());
        Set<Long> after = reachableExperts(request, directory);
        after.removeAll(before);
        events.publishEvent(new ReviewShared(request.tenantId(), request.getId(), request.getTitle(),
                directory.nameOf(request.getRequesterId()), after.stream().sorted().toList()));
    }

    /** Records where the requester stands on one point of the negotiation list; requester only. */
    public void markPoint(Long requestId, String pointKey, PointStatus status, String note) {
        ReviewRequest request = requireRequester(requestId);
        NegotiationItem item = negotiationItems(request).stream().filter(i -> i.key().equals(pointKey)).findFirst()
                .orElseThrow(NotFoundException::new);
        NegotiationPoint point = points.findAllByRequestId(requestId).stream()
                .filter(p -> p.getPointKey().equals(pointKey)).findFirst()
                .orElseGet(() -> points.save(new NegotiationPoint(requestId, pointKey, item.category(), item.severity(),
                        clock.instant())));
        point.mark(status == null ? PointStatus.PENDING : status, bounded(note, MAX_NOTE_CHARS), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<RequestSummary> mine() {
        access.requireMember();
        MemberDirectory directory = members.directoryByUser();
        return requests.findAllByRequesterIdOrderByUpdatedAtDesc(currentUser.requireId()).stream()
                .map(r -> summary(r, directory)).toList();
    }

    // --- the experts ------------------------------------------------------------------------------

    /** Requests shared with the signed-in expert (all of them, taken or not); experts only. */
    @Transactional(readOnly = true)
    public List<RequestSummary> sharedWithMe() {
        access.requireRole(Role.EXPERT);
        Long me = currentUser.requireId();
        Set<Long> ids = new HashSet<>();
        requests.findAllByShareModeOrderByUpdatedAtDesc(ShareMode.ALL_EXPERTS).forEach(r -> ids.add(r.getId()));
        shares.findAllByExpertId(me).forEach(s -> ids.add(s.getRequestId()));
        MemberDirectory directory = members.directoryByUser();
        return requests.findAllByIdInOrderByUpdatedAtDesc(ids).stream()
                .filter(r -> !r.getRequesterId().equals(me) && isShared(r, me))
                .map(r -> summary(r, directory)).toList();
    }

    /** The expert's queue: shared requests they have not taken yet. */
    @Transactional(readOnly = true)
    public List<RequestSummary> queue() {
        Long me = currentUser.requireId();
        Set<Long> taken = expertReviews.findAllByExpertId(me).stream().map(ExpertReview::getRequestId)
                .collect(Collectors.toSet());
        return sharedWithMe().stream().filter(r -> !taken.contains(r.id())).toList();
    }

    /** The signed-in expert takes the request (idempotent); the requester is notified the first time. */
    public void take(Long requestId) {
        ReviewRequest request = requireSharedExpert(requestId);
        Long me = currentUser.requireId();
        if (expertReviews.findByRequestIdAndExpertId(requestId, me).isPresent()) {
            return;
        }
        expertReviews.save(new ExpertReview(requestId, me, clock.instant()));
        events.publishEvent(new ReviewTaken(request.tenantId(), request.getId(), request.getTitle(),
                members.directoryByUser().nameOf(me), request.getRequesterId()));
    }

    /**
     * Confirms or rejects an automatic finding of the latest version; experts who took the request only.
     * A rejection needs a reason the requester will read ({@code error.review.reject-reason}).
     */
    public void assess(Long findingId, Decision decision, String comment, String rewrite) {
        ReviewFinding finding = findings.findById(findingId).orElseThrow(NotFoundException::new);
        requireReviewingExpert(finding.getRequestId());
        if (finding.getOrigin() != FindingOrigin.AUTOMATIC || decision == null) {
            throw new PortalException("error.review.assessment");
        }
        if (decision == Decision.REJECTED && (comment == null || comment.isBlank())) {
            throw new PortalException("error.review.reject-reason");
        }
        Long me = currentUser.requireId();
        FindingAssessment assessment = assessments.findByFindingIdAndExpertId(findingId, me)
                .orElseGet(() -> new FindingAssessment(findingId, me));
        assessment.decide(decision, bounded(comment, MAX_COMMENT_CHARS), bounded(rewrite, MAX_COMMENT_CHARS), clock.instant());
        assessments.save(assessment);
    }

    /**
     * Adds the expert's own finding on a span of the latest version ({@code start} inclusive,
     * {@code end} exclusive, within the text: {@code error.review.span}, see {@link Passages} to find
     * a pasted passage); a title of at most 200 characters ({@code error.review.point-title}) and an
     * explanation are required.
     */
    public Long addFinding(Long requestId, int start, int end, ClauseCategory category, Severity severity,
            String title, String explanation, String rewrite) {
        ReviewRequest request = requireReviewingExpert(requestId);
        ContractVersion latest = latest(request.getId());
        String text = latest.getText();
        if (start < 0 || end <= start || end > text.length()) {
            throw new PortalException("error.review.span");
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new PortalException("error.review.point-title");
        }
        if (explanation == null || explanation.isBlank() || category == null || severity == null) {
            throw new PortalException("error.review.explanation-required");
        }
        int clause = clauseAt(analyzer.analyze(text).clauses(), start);
        ReviewFinding saved = findings.save(new ReviewFinding(requestId, latest.getId(), FindingOrigin.EXPERT, null,
                category, severity, clause, start, end, text.substring(start, end), title.strip(),
                bounded(explanation, MAX_COMMENT_CHARS), bounded(rewrite, MAX_COMMENT_CHARS), currentUser.requireId(),
                clock.instant()));
        return saved.getId();
    }

    /**
     * Gives (or changes) the expert's verdict with a summary; the requester is notified. Once the
     * requester has acted on it (see {@link ExpertReviewView#locked()}) it is refused with
     * {@code error.review.verdict-locked}.
     */
    public void submitVerdict(Long requestId, Verdict verdict, String summary) {
        ReviewRequest request = requireReviewingExpert(requestId);
        if (verdict == null || summary == null || summary.isBlank()) {
            throw new PortalException("error.review.verdict-required");
        }
        ExpertReview review = expertReviews.findByRequestIdAndExpertId(requestId, currentUser.requireId())
                .orElseThrow(NotFoundException::new);
        if (verdictLocked(review, points.findAllByRequestId(requestId), latest(requestId))) {
            throw new PortalException("error.review.verdict-locked");
        }
        review.submit(verdict, bounded(summary, MAX_SUMMARY_CHARS), clock.instant());
        events.publishEvent(new VerdictGiven(request.tenantId(), request.getId(), request.getTitle(),
                members.directoryByUser().nameOf(currentUser.requireId()), verdict, request.getRequesterId()));
    }

    // --- both ---------------------------------------------------------------------------------------

    /** Adds a message to the thread of a clause of the latest version; requester or shared experts. */
    public void comment(Long requestId, int clauseIndex, String body) {
        ReviewRequest request = requireReader(requestId);
        if (body == null || body.isBlank()) {
            throw new PortalException("error.review.comment-required");
        }
        ContractVersion latest = latest(requestId);
        comments.save(new ClauseComment(requestId, latest.getId(), Math.max(0, clauseIndex), currentUser.requireId(),
                bounded(body.strip(), MAX_COMMENT_CHARS), clock.instant()));
        request.touch(clock.instant());
    }

    /** The whole request as its requester or a shared expert sees it, showing the latest contract version. */
    @Transactional(readOnly = true)
    public RequestDetail get(Long requestId) {
        return detail(requireReader(requestId), null);
    }

    /** Same, showing an earlier version of the contract (its own findings and clauses). */
    @Transactional(readOnly = true)
    public RequestDetail get(Long requestId, int versionNumber) {
        return detail(requireReader(requestId), versionNumber);
    }

    /** The uploaded file of a version (empty for pasted text); same visibility as the request. */
    @Transactional(readOnly = true)
    public Optional<byte[]> contractFile(Long requestId, int versionNumber) {
        requireReader(requestId);
        return versions.findAllByRequestIdOrderByNumberAsc(requestId).stream()
                .filter(v -> v.getNumber() == versionNumber).findFirst().map(ContractVersion::getContent);
    }

    /** The consolidated negotiation list, worst first; requester and shared experts. */
    @Transactional(readOnly = true)
    public List<NegotiationItem> negotiationList(Long requestId) {
        return negotiationItems(requireReader(requestId));
    }

    // --- internals ------------------------------------------------------------------------------------

    private record Prepared(ContractSource source, String fileName, String mediaType, long size, String sha256,
            byte[] content, String text) {
    }

    private Prepared prepare(ContractInput contract) {
        if (contract == null) {
            throw new PortalException("error.review.contract-required");
        }
        if (contract.isUpload()) {
            ExtractedContract extracted = extractor.extract(contract.content());
            return new Prepared(ContractSource.UPLOAD, limit(contract.fileName(), 255), extracted.mediaType(),
                    extracted.size(), extracted.sha256(), contract.content(), extracted.text());
        }
        String text = contract.pastedText() == null ? "" : contract.pastedText().replace("\r\n", "\n");
        if (text.isBlank()) {
            throw new PortalException("error.review.contract-required");
        }
        if (text.length() > MAX_TEXT) {
            throw new PortalException("error.review.text-too-long");
        }
        if (text.chars().filter(Character::isLetter).count() < MIN_LETTERS) {
            throw new PortalException("error.review.text-too-short");
        }
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Prepared(ContractSource.PASTE, null, "text/plain", bytes.length,
                ContractTextExtractor.sha256(bytes), null, text);
    }

    private void storeVersion(ReviewRequest request, int number, Prepared prepared) {
        PreReview review = analyzer.analyze(prepared.text());
        Instant now = clock.instant();
        ContractVersion version = versions.save(new ContractVersion(request.getId(), number, prepared.source(),
                prepared.fileName(), prepared.mediaType(), prepared.size(), prepared.sha256(), prepared.content(),
                prepared.text(), review.language(), currentUser.requireId(), now));
        for (Finding f : review.findings()) {
            findings.save(new ReviewFinding(request.getId(), version.getId(), FindingOrigin.AUTOMATIC, f.type(),
                    f.category(), f.severity(), f.clauseIndex(), f.start(), f.end(), f.quote(), null, null, null, null,
                    now));
        }
    }

    private MissionContext check(MissionContext m) {
        if (m == null) {
            throw new PortalException("error.review.title");
        }
        String title = m.title() == null ? "" : m.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new PortalException("error.review.title");
        }
        String client = m.clientName() == null ? "" : m.clientName().strip();
        if (client.isEmpty() || client.length() > 200) {
            throw new PortalException("error.review.client-name");
        }
        String identifier = CompanyIdentifier.check(m.clientIdentifier());
        if (m.pricing() == null) {
            throw new PortalException("error.review.pricing");
        }
        BigDecimal amount = m.amount();
        if (amount != null && (amount.signum() < 0 || amount.compareTo(new BigDecimal("9999999999.99")) > 0
                || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2)) {
            throw new PortalException("error.review.amount");
        }
        if (m.start() != null && m.end() != null && m.end().isBefore(m.start())) {
            throw new PortalException("error.review.dates");
        }
        return new MissionContext(title, client, identifier, m.pricing(),
                amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP), m.start(), m.end(),
                bounded(m.context(), MAX_CONTEXT_CHARS));
    }

    private ReviewRequest load(Long requestId) {
        access.requireMember();
        return requestId == null ? null : requests.findById(requestId).orElse(null);
    }

    private ReviewRequest requireRequester(Long requestId) {
        ReviewRequest request = load(requestId);
        if (request == null || !request.getRequesterId().equals(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return request;
    }

    private ReviewRequest requireReader(Long requestId) {
        ReviewRequest request = load(requestId);
        Long me = currentUser.requireId();
        if (request == null || !(request.getRequesterId().equals(me) || isExpertHere() && isShared(request, me))) {
            throw new NotFoundException();
        }
        return request;
    }

    private ReviewRequest requireSharedExpert(Long requestId) {
        ReviewRequest request = load(requestId);
        Long me = currentUser.requireId();
        if (request == null || request.getRequesterId().equals(me) || !isExpertHere() || !isShared(request, me)) {
            throw new NotFoundException();
        }
        return request;
    }

    private ReviewRequest requireReviewingExpert(Long requestId) {
        ReviewRequest request = requireSharedExpert(requestId);
        if (expertReviews.findByRequestIdAndExpertId(requestId, currentUser.requireId()).isEmpty()) {
            throw new PortalException("error.review.take-first");
        }
        return request;
    }

    private boolean isExpertHere() {
        Membership membership = access.requireMember();
        return membership.hasAnyRole(EnumSet.of(Role.EXPERT));
    }

    private boolean isShared(ReviewRequest request, Long expertId) {
        return switch (request.getShareMode()) {
            case ALL_EXPERTS -> true;
            case NAMED -> shares.existsByRequestIdAndExpertId(request.getId(), expertId);
            case PRIVATE -> false;
        };
    }

    private Set<Long> reachableExperts(ReviewRequest request, MemberDirectory directory) {
        return switch (request.getShareMode()) {
            case ALL_EXPERTS -> directory.members().stream().filter(m -> m.hasRole(Role.EXPERT))
                    .map(MemberSummary::userId).filter(id -> !id.equals(request.getRequesterId()))
                    .collect(Collectors.toCollection(HashSet::new));
            case NAMED -> shares.findAllByRequestId(request.getId()).stream().map(ReviewShare::getExpertId)
                    .collect(Collectors.toCollection(HashSet::new));
            case PRIVATE -> new HashSet<>();
        };
    }

    private ContractVersion latest(Long requestId) {
        List<ContractVersion> all = versions.findAllByRequestIdOrderByNumberAsc(requestId);
        return all.getLast();
    }



    private RequestSummary summary(ReviewRequest r, MemberDirectory directory) {
        List<ContractVersion> all = versions.findAllByRequestIdOrderByNumberAsc(r.getId());
        int open = all.isEmpty() ? 0 : findings.findAllByVersionIdOrderByIdAsc(all.getLast().getId()).size();
        int verdicts = (int) expertReviews.findAllByRequestIdOrderByTakenAtAsc(r.getId()).stream()
                .filter(e -> e.getVerdict() != null).count();
        MissionContext mission = r.mission();
        return new RequestSummary(r.getId(), r.getTitle(), mission.clientName(), directory.nameOf(r.getRequesterId()),
                r.getShareMode(), r.getStatus(), all.size(), open, verdicts, r.getUpdatedAt());
    }

    private RequestDetail detail(ReviewRequest request, Integer versionNumber) {
        MemberDirectory directory = members.directoryByUser();
        Long me = currentUser.requireId();
        List<ContractVersion> all = versions.findAllByRequestIdOrderByNumberAsc(request.getId());
        ContractVersion shown = versionNumber == null ? all.getLast() : all.stream()
                .filter(v -> v.getNumber() == versionNumber).findFirst().orElseThrow(NotFoundException::new);
        PreReview structure = analyzer.analyze(shown.getText());
        List<ReviewFinding> shownFindings = findings.findAllByVersionIdOrderByIdAsc(shown.getId());
        Map<Long, List<FindingAssessment>> byFinding = assessments.findAllByFindingIdIn(
                shownFindings.stream().map(ReviewFinding::getId).toList()).stream()
                .collect(Collectors.groupingBy(FindingAssessment::getFindingId));
        List<FindingView> findingViews = shownFindings.stream()
                .sorted(Comparator.comparing(ReviewFinding::getSeverity).thenComparing(ReviewFinding::getId))
                .map(f -> new FindingView(f.getId(), f.getOrigin(), f.getType(), f.getCategory(), f.getSeverity(),
                        f.getClauseIndex(), f.getStartOffset(), f.getEndOffset(), f.getQuote(), f.getTitle(),
                        f.getExplanation(), f.getRewrite(), f.getAuthorId() == null ? null : directory.nameOf(f.getAuthorId()),
                        byFinding.getOrDefault(f.getId(), List.of()).stream()
                                .map(a -> new AssessmentView(a.getExpertId(), directory.nameOf(a.getExpertId()),
                                        a.getDecision(), a.getComment(), a.getRewrite(), a.getCreatedAt()))
                                .toList()))
                .toList();
        Map<Long, Integer> versionNumbers = all.stream()
                .collect(Collectors.toMap(ContractVersion::getId, ContractVersion::getNumber));
        List<CommentView> commentViews = comments.findAllByRequestIdOrderByCreatedAtAscIdAsc(request.getId()).stream()
                .map(c -> new CommentView(c.getId(), c.getClauseIndex(), versionNumbers.getOrDefault(c.getVersionId(), 0),
                        c.getAuthorId(), directory.nameOf(c.getAuthorId()), c.getBody(), c.getCreatedAt()))
                .toList();
        List<ExpertReview> reviews = expertReviews.findAllByRequestIdOrderByTakenAtAsc(request.getId());
        List<NegotiationPoint> marks = points.findAllByRequestId(request.getId());
        List<ExpertReviewView> expertViews = reviews.stream()
                .map(e -> new ExpertReviewView(e.getExpertId(), directory.nameOf(e.getExpertId()), e.getTakenAt(),
                        e.getVerdict(), e.getSummary(), e.getSubmittedAt(), verdictLocked(e, marks, all.getLast())))
                .toList();
        boolean requester = request.getRequesterId().equals(me);
        boolean expert = !requester;
        boolean tookIt = reviews.stream().anyMatch(e -> e.getExpertId().equals(me));
        List<MemberSummary> sharedWith = request.getShareMode() == ShareMode.NAMED
                ? shares.findAllByRequestId(request.getId()).stream().map(s -> directory.get(s.getExpertId()))
                        .filter(Objects::nonNull).toList()
                : List.of();
        return new RequestDetail(request.getId(), request.mission(), directory.nameOf(request.getRequesterId()),
                request.getShareMode(), sharedWith, request.getStatus(), all.stream().map(ReviewService::view).toList(),
                view(shown), shown.getText(), structure.clauses(), structure.checklist(), findingViews,
                evolution(all), expertViews, commentViews, new Permissions(requester, expert, tookIt,
                        expert && !tookIt),
                request.getCreatedAt());
    }

    /**
     * A sent verdict stays editable until the requester acts on it: marks a point of the negotiation
     * list after it. A newer contract version opens it again (the expert reviews the new text).
     */
    private static boolean verdictLocked(ExpertReview review, List<NegotiationPoint> marks, ContractVersion latest) {
        Instant sent = review.getSubmittedAt();
        Instant lastMark = marks.stream().map(NegotiationPoint::getUpdatedAt).max(Comparator.naturalOrder())
                .orElse(null);
        return sent != null && lastMark != null && !lastMark.isBefore(sent) && !latest.getCreatedAt().isAfter(lastMark);
    }

    private static VersionView view(ContractVersion v) {
        return new VersionView(v.getId(), v.getNumber(), v.getSource(), v.getFileName(), v.getMediaType(),
                v.getSizeBytes(), v.getSha256(), v.getLanguage(), v.getCreatedAt());
    }

    private List<EvolutionView> evolution(List<ContractVersion> all) {
        if (all.size() < 2) {
            return List.of();
        }
        Map<FindingType, Severity> previous = automaticTypes(all.get(all.size() - 2));
        Map<FindingType, Severity> latest = automaticTypes(all.getLast());
        List<EvolutionView> result = new ArrayList<>();
        for (FindingType type : FindingType.values()) {
            boolean before = previous.containsKey(type);
            boolean now = latest.containsKey(type);
            if (before && now) {
                result.add(new EvolutionView(type, type.severity(), Evolution.STILL_OPEN));
            } else if (before) {
                result.add(new EvolutionView(type, type.severity(), Evolution.RESOLVED));
            } else if (now) {
                result.add(new EvolutionView(type, type.severity(), Evolution.NEW));
            }
        }
        result.sort(Comparator.comparing(EvolutionView::evolution).thenComparing(EvolutionView::severity));
        return result;
    }

    private Map<FindingType, Severity> automaticTypes(ContractVersion version) {
        Map<FindingType, Severity> types = new LinkedHashMap<>();
        findings.findAllByVersionIdOrderByIdAsc(version.getId()).stream()
                .filter(f -> f.getOrigin() == FindingOrigin.AUTOMATIC && f.getType() != null)
                .forEach(f -> types.put(f.getType(), f.getSeverity()));
        return types;
    }

    /**
     * Automatic findings of the latest version, minus those every assessing expert rejected, plus
     * the experts' own findings on it; one point per finding type and per (category, quote) of expert
     * findings; worst first.
     */
    private List<NegotiationItem> negotiationItems(ReviewRequest request) {
        ContractVersion latest = latest(request.getId());
        List<ReviewFinding> current = findings.findAllByVersionIdOrderByIdAsc(latest.getId());
        Map<Long, List<FindingAssessment>> byFinding = assessments.findAllByFindingIdIn(
                current.stream().map(ReviewFinding::getId).toList()).stream()
                .collect(Collectors.groupingBy(FindingAssessment::getFindingId));
        Map<String, NegotiationPoint> saved = points.findAllByRequestId(request.getId()).stream()
                .collect(Collectors.toMap(NegotiationPoint::getPointKey, Function.identity()));
        Map<String, NegotiationItem> items = new LinkedHashMap<>();
        for (ReviewFinding f : current) {
            List<FindingAssessment> verdicts = byFinding.getOrDefault(f.getId(), List.of());
            int confirmations = (int) verdicts.stream().filter(a -> a.getDecision() == Decision.CONFIRMED).count();
            if (f.getOrigin() == FindingOrigin.AUTOMATIC) {
                if (!verdicts.isEmpty() && confirmations == 0) {
                    continue;
                }
                String key = "type:" + f.getType().name();
                String expertRewrite = verdicts.stream().filter(a -> a.getDecision() == Decision.CONFIRMED)
                        .map(FindingAssessment::getRewrite).filter(r -> r != null && !r.isBlank()).findFirst()
                        .orElse(null);
                String proposal = expertRewrite != null ? expertRewrite
                        : catalogue.rewrite(f.getType(), latest.getLanguage());
                items.putIfAbsent(key, item(key, f.getType(), f.getCategory(), f.getSeverity(), f.getQuote(), null,
                        catalogue.explanation(f.getType(), latest.getLanguage()), proposal, confirmations,
                        saved.get(key)));
            } else {
                String key = "expert:" + f.getCategory().name() + ":" + Integer.toHexString(
                        Objects.hash(f.getQuote() == null ? "" : f.getQuote().strip().toLowerCase()));
                NegotiationItem existing = items.get(key);
                if (existing == null || f.getSeverity().compareTo(existing.severity()) < 0) {
                    items.put(key, item(key, null, f.getCategory(), f.getSeverity(), f.getQuote(), f.getTitle(),
                            f.getExplanation(), f.getRewrite(), 1, saved.get(key)));
                }
            }
        }
        List<NegotiationItem> list = new ArrayList<>(items.values());
        list.sort(Comparator.comparing(NegotiationItem::severity).thenComparing(NegotiationItem::category)
                .thenComparing(NegotiationItem::key));
        return list;
    }

    private static NegotiationItem item(String key, FindingType type, ClauseCategory category, Severity severity,
            String quote, String title, String explanation, String proposal, int confirmations, NegotiationPoint saved) {
        return new NegotiationItem(key, type, category, severity, quote == null ? "" : quote, title, explanation,
                proposal, confirmations, saved == null ? PointStatus.PENDING : saved.getStatus(),
                saved == null ? null : saved.getNote());
    }

    private static int clauseAt(List<Clause> clauses, int offset) {
        for (Clause clause : clauses) {
            if (offset >= clause.start() && offset < clause.end()) {
                return clause.index();
            }
        }
        return 0;
    }

    /** Like {@link Texts#bounded} (longer is {@code error.text.too-long}), but blank stays "" rather than null. */
    private static String bounded(String value, int max) {
        String bounded = Texts.bounded(value, max);
        return bounded == null && value != null ? "" : bounded;
    }

    private static String limit(String value, int max) {
        String limited = Texts.limit(value, max);
        return limited == null && value != null ? "" : limited;
    }
}
