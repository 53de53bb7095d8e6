package org.freelance.portal.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.freelance.portal.base.CompanyIdentifier;
import org.freelance.portal.base.Digests;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseStatus.Actor;
import org.freelance.portal.cases.CaseViews.BundleCheck;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.CaseOverview;
import org.freelance.portal.cases.CaseViews.CaseSummary;
import org.freelance.portal.cases.CaseViews.DraftSaved;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.freelance.portal.cases.CaseViews.Permissions;
import org.freelance.portal.cases.CaseViews.QueueFilter;
import org.freelance.portal.cases.CaseViews.QueueItem;
import org.freelance.portal.cases.CaseViews.StoredFile;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispute cases. A case's content is visible to its freelancer, its lead and its supporters, nobody
 * else; community admins see only that it exists and its status ({@link #overview()}). Anything out
 * of reach is "not found", so ids cannot be probed. Bad input gives keyed {@link PortalException}s
 * ({@code error.case.*}, {@code error.upload.*}, {@code error.company.identifier}).
 */
@Service
@Transactional
public class CaseService {

    static final int MAX_CONTACTS = 20;
    static final int MAX_PHASES = 30;
    /** The longest title, text and participants line a journal entry takes ({@code error.text.too-long}). */
    public static final int MAX_TITLE_CHARS = 300;
    public static final int MAX_BODY_CHARS = 50_000;
    public static final int MAX_PARTICIPANTS_CHARS = 2000;
    /** A lead's declaration when taking a case, and the reason of a status change. */
    public static final int MAX_NOTE_CHARS = 2000;
    public static final int MAX_REASON_CHARS = 4000;
    /** The largest {@code .eml} file {@link #importEmail} accepts. */
    public static final long MAX_EMAIL_BYTES = 30L * 1024 * 1024;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[+0-9 ().\\-/]{4,40}$");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final DisputeCaseRepository cases;
    private final CaseContactRepository contacts;
    private final CaseVettingRepository vettings;
    private final CasePhaseRepository phases;
    private final CaseParticipantRepository participants;
    private final JournalEntryRepository journal;
    private final CaseFileRepository files;
    private final CaseFiles fileChecks;
    private final CaseJournalReport report;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseService(DisputeCaseRepository cases, CaseContactRepository contacts, CaseVettingRepository vettings,
            CasePhaseRepository phases, CaseParticipantRepository participants, JournalEntryRepository journal,
            CaseFileRepository files, CaseFiles fileChecks, CaseJournalReport report, TenantAccess access,
            CurrentUser currentUser, MemberService members, ReviewService reviews, ApplicationEventPublisher events,
            Clock clock) {
        this.cases = cases;
        this.contacts = contacts;
        this.vettings = vettings;
        this.phases = phases;
        this.participants = participants;
        this.journal = journal;
        this.files = files;
        this.fileChecks = fileChecks;
        this.report = report;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    // --- intake (the freelancer) ------------------------------------------------------------------

    /** Starts a draft with whatever was typed so far; any member. Only lengths are enforced on drafts. */
    public Long createDraft(CaseIntake intake) {
        access.requireMember();
        DisputeCase draft = cases.save(new DisputeCase(currentUser.requireId(), clock.instant()));
        storeIntake(draft, intake == null ? CaseIntake.EMPTY : intake);
        return draft.getId();
    }

    /**
     * Saves the draft as typed (called as the member types); freelancer only, drafts only
     * ({@code error.case.not-a-draft}). A linked review request must be one of the member's own
     * ({@code error.case.review-request}). A field whose value cannot be stored (a negative or huge
     * amount) keeps its last stored value and is named in the answer; every other field is saved.
     */
    public DraftSaved saveDraft(Long caseId, CaseIntake intake) {
        DisputeCase draft = requireFreelancer(caseId);
        if (draft.getStatus() != CaseStatus.DRAFT) {
            throw new PortalException("error.case.not-a-draft");
        }
        return new DraftSaved(storeIntake(draft, intake == null ? CaseIntake.EMPTY : intake));
    }

    /**
     * Deletes a draft the member gave up, with what was typed and the contract attached: freelancer
     * only (anyone else gets not-found), drafts only ({@code error.case.not-a-draft}). A draft has no
     * journal yet, so no evidence is lost.
     */
    public void deleteDraft(Long caseId) {
        DisputeCase draft = requireFreelancer(caseId);
        if (draft.getStatus() != CaseStatus.DRAFT || !journal.findAllByCaseIdOrderBySequenceAsc(caseId).isEmpty()) {
            throw new PortalException("error.case.not-a-draft");
        }
        files.deleteAll(files.findAllByCaseIdOrderByIdAsc(caseId));
        participants.deleteAll(participants.findAllByCaseIdOrderByJoinedAtAsc(caseId));
        // contacts, vetting answers and phases go with the case (on delete cascade)
        cases.delete(draft);
    }

    /** Attaches (or replaces) the contract file at intake; freelancer only, before a lead takes the case. */
    public FileView attachContract(Long caseId, Upload upload) {
        DisputeCase dispute = requireFreelancer(caseId);
        if (dispute.getStatus() != CaseStatus.DRAFT && dispute.getStatus() != CaseStatus.SUBMITTED) {
            throw new PortalException("error.case.not-a-draft");
        }
        CaseFiles.Checked checked = fileChecks.contract(upload == null ? null : upload.fileName(),
                upload == null ? null : upload.content());
        files.findAllByCaseIdOrderByIdAsc(caseId).stream().filter(f -> f.getEntryId() == null).forEach(files::delete);
        CaseFile saved = files.save(new CaseFile(caseId, null, checked, currentUser.requireId(), clock.instant()));
        dispute.touch(clock.instant());
        return fileView(saved);
    }

    /**
     * Submits the draft to the community's experts and mediators after checking it is complete
     * (title, client, mission object, problem): the first failing check's key is thrown and nothing
     * changes.
     */
    public void submit(Long caseId) {
        DisputeCase dispute = requireFreelancer(caseId);
        requireMove(dispute, CaseStatus.SUBMITTED, Actor.FREELANCER);
        CaseIntake intake = intakeOf(dispute);
        validateComplete(intake);
        dispute.normaliseIdentifier(CompanyIdentifier.check(intake.client().identifier()));
        dispute.moveTo(CaseStatus.SUBMITTED, clock.instant());
        Map<Long, MemberSummary> directory = directory();
        append(dispute, systemEntry(CaseStatus.SUBMITTED.name(), null, null), directory);
        List<Long> peers = directory.values().stream()
                .filter(m -> (m.hasRole(Role.EXPERT) || m.hasRole(Role.MEDIATOR))
                        && !m.userId().equals(dispute.getFreelancerId()))
                .map(MemberSummary::userId).toList();
        events.publishEvent(new CaseSubmitted(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                nameOf(directory, dispute.getFreelancerId()), peers));
    }

    @Transactional(readOnly = true)
    public List<CaseSummary> mine() {
        access.requireMember();
        Map<Long, MemberSummary> directory = directory();
        return summaries(cases.findAllByFreelancerIdOrderByUpdatedAtDesc(currentUser.requireId()), directory());
    }

    // --- queue and taking (experts and mediators) ----------------------------------------------

    /** Submitted cases waiting for a lead, oldest first; experts and mediators, never their own cases. */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(QueueFilter filter) {
        access.requireRole(Role.EXPERT, Role.MEDIATOR);
        QueueFilter f = filter == null ? QueueFilter.ANY : filter;
        Long me = currentUser.requireId();
        Map<Long, MemberSummary> directory = directory();
        Instant now = clock.instant();
        List<QueueItem> items = new ArrayList<>();
        for (DisputeCase c : cases.findAllByStatusOrderBySubmittedAtAsc(CaseStatus.SUBMITTED)) {
            long age = Duration.between(c.getSubmittedAt(), now).toDays();
            if (c.getFreelancerId().equals(me) || f.category() != null && f.category() != c.getProblemCategory()
                    || f.urgency() != null && f.urgency() != c.getUrgency()
                    || f.minAgeDays() != null && age < f.minAgeDays()) {
                continue;
            }
            items.add(new QueueItem(c.getId(), c.reference(), c.getTitle(), c.getClientName(), c.getProblemCategory(),
                    c.getUrgency(), nameOf(directory, c.getFreelancerId()), c.getSubmittedAt(), age,
                    c.getProblemDescription()));
        }
        return items;
    }

    /**
     * The signed-in expert or mediator takes a submitted case as its lead, declaring whether they
     * have a conflict of interest with the client. A declared conflict refuses the take
     * ({@code error.case.conflict-declared}); someone faster gets {@code error.case.already-taken}.
     */
    public void take(Long caseId, boolean conflictOfInterest, String declaration) {
        access.requireRole(Role.EXPERT, Role.MEDIATOR);
        Long me = currentUser.requireId();
        DisputeCase dispute = cases.findById(caseId).orElseThrow(NotFoundException::new);
        if (dispute.getFreelancerId().equals(me) || dispute.getStatus() == CaseStatus.DRAFT) {
            throw new NotFoundException();
        }
        if (dispute.getStatus() != CaseStatus.SUBMITTED) {
            throw new PortalException("error.case.already-taken");
        }
        if (conflictOfInterest) {
            throw new PortalException("error.case.conflict-declared");
        }
        dispute.moveTo(CaseStatus.TAKEN, clock.instant());
        try {
            cases.saveAndFlush(dispute);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new PortalException("error.case.already-taken");
        }
        String note = Texts.bounded(declaration, MAX_NOTE_CHARS);
        participants.save(new CaseParticipant(caseId, me, ParticipantRole.LEAD, note, clock.instant()));
        Map<Long, MemberSummary> directory = directory();
        append(dispute, systemEntry(CaseStatus.TAKEN.name(), nameOf(directory, me), note), directory);
        events.publishEvent(new CaseTaken(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                nameOf(directory, me), dispute.getFreelancerId()));
    }

    /** The lead invites another expert or mediator of the community to support the case. */
    public void inviteSupporter(Long caseId, Long userId) {
        DisputeCase dispute = requireLead(caseId);
        Map<Long, MemberSummary> directory = directory();
        MemberSummary peer = directory.get(userId);
        if (peer == null || !(peer.hasRole(Role.EXPERT) || peer.hasRole(Role.MEDIATOR))
                || userId.equals(dispute.getFreelancerId())) {
            throw new PortalException("error.case.not-a-peer");
        }
        if (participants.findByCaseIdAndUserId(caseId, userId).isPresent()) {
            return;
        }
        participants.save(new CaseParticipant(caseId, userId, ParticipantRole.SUPPORTER, null, clock.instant()));
        append(dispute, systemEntry("SUPPORTER_JOINED", peer.displayName(), null), directory);
        events.publishEvent(new SupporterAdded(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                nameOf(directory, currentUser.requireId()), userId));
    }

    /** Cases the signed-in person leads or supports. */
    @Transactional(readOnly = true)
    public List<CaseSummary> involved() {
        access.requireMember();
        Set<Long> ids = participants.findAllByUserId(currentUser.requireId()).stream()
                .map(CaseParticipant::getCaseId).collect(Collectors.toSet());
        return summaries(cases.findAllByIdInOrderByUpdatedAtDesc(ids), directory());
    }

    // --- lifecycle ----------------------------------------------------------------------------------

    /**
     * Moves the case as its freelancer or lead may ({@link CaseStatus#allows}); a move that needs a
     * reason without one is {@code error.case.reason-required}, a move not allowed is
     * {@code error.case.transition}. Submitting goes through {@link #submit}, taking through {@link #take}.
     */
    public void move(Long caseId, CaseStatus target, String reason) {
        DisputeCase dispute = requireParticipant(caseId);
        Actor actor = actorOn(dispute);
        if (target == CaseStatus.SUBMITTED) {
            submit(caseId);
            return;
        }
        requireMove(dispute, target, actor);
        String why = Texts.bounded(reason, MAX_REASON_CHARS);
        if (target.needsReasonFrom(dispute.getStatus()) && why == null) {
            throw new PortalException("error.case.reason-required");
        }
        dispute.moveTo(target, clock.instant());
        Map<Long, MemberSummary> directory = directory();
        append(dispute, systemEntry(target.name(), null, why), directory);
        Long me = currentUser.requireId();
        List<Long> others = peopleOf(dispute).stream().filter(person -> !person.equals(me)).toList();
        events.publishEvent(new CaseMoved(dispute.tenantId(), dispute.getId(), dispute.getTitle(), target, others));
    }

    // --- journal --------------------------------------------------------------------------------------

    /**
     * Appends an entry to the journal; freelancer, lead or supporters, until the case is closed.
     * Checks: a type other than status change ({@code error.case.entry-type}); a date for exchanges,
     * signals and payments ({@code error.case.entry-date}); a channel and a summary for exchanges, a
     * signal for weak signals ({@code error.case.entry-incomplete}); a corrected entry that exists
     * ({@code error.case.corrects}); files as in {@link CaseFiles}. Returns the entry's sequence number.
     */
    public int addEntry(Long caseId, NewEntry entry) {
        DisputeCase dispute = requireWritable(caseId);
        return append(dispute, checkEntry(caseId, entry), directory()).getSequence();
    }

    /**
     * Imports an email ({@code .eml}) as an exchange entry with the original file as its first
     * attachment (headers and all, so it is hash-chained and goes into the evidence bundle beside the
     * parsed text), then the email's own attachments; same people as {@link #addEntry}. An unreadable
     * file is {@code error.case.eml-unreadable}.
     */
    public int importEmail(Long caseId, Upload eml) {
        DisputeCase dispute = requireWritable(caseId);
        byte[] content = eml == null ? null : eml.content();
        if (content != null && content.length > MAX_EMAIL_BYTES) {
            throw new PortalException("error.upload.too-large", MAX_EMAIL_BYTES / (1024 * 1024));
        }
        EmailMessage message = EmailMessage.parse(content, clock.getZone());
        List<Upload> attached = message.attachments().stream()
                .map(a -> new Upload(a.fileName(), a.content())).toList();
        // an email is taken as it is: what exceeds an entry's limits is cut, visibly, rather than refused
        NewEntry entry = new NewEntry(EntryType.EXCHANGE,
                message.sentOn() == null ? LocalDate.now(clock) : message.sentOn(), Channel.EMAIL,
                Texts.cut(message.participants(), MAX_PARTICIPANTS_CHARS),
                message.subject() == null ? "(email)" : Texts.cut(message.subject().strip(), MAX_TITLE_CHARS),
                message.body().isBlank() ? "—" : Texts.cut(message.body(), MAX_BODY_CHARS), null, null, null, attached);
        Draft parsed = checkEntry(caseId, entry);
        List<CaseFiles.Checked> withOriginal = new ArrayList<>();
        withOriginal.add(fileChecks.originalEmail(eml.fileName(), content));
        withOriginal.addAll(parsed.files());
        return append(dispute, parsed.withFiles(withOriginal), directory()).getSequence();
    }

    /** A file of the case (the intake contract or an attachment); freelancer, lead and supporters. */
    @Transactional(readOnly = true)
    public StoredFile file(Long caseId, Long fileId) {
        requireParticipant(caseId);
        CaseFile file = files.findByIdAndCaseId(fileId, caseId).orElseThrow(NotFoundException::new);
        return new StoredFile(file.getFileName(), file.getMediaType(), file.getSizeBytes(), file.getContent());
    }

    // --- reading ------------------------------------------------------------------------------------

    /** The whole case with its journal, chain check and risk timeline; freelancer, lead and supporters. */
    @Transactional(readOnly = true)
    public CaseDetail get(Long caseId) {
        DisputeCase dispute = requireParticipant(caseId);
        Map<Long, MemberSummary> directory = directory();
        List<CaseParticipant> people = participants.findAllByCaseIdOrderByJoinedAtAsc(caseId);
        List<JournalEntry> entries = journal.findAllByCaseIdOrderBySequenceAsc(caseId);
        List<CaseFile> caseFiles = files.findAllByCaseIdOrderByIdAsc(caseId);
        Map<Long, List<FileView>> filesByEntry = new HashMap<>();
        FileView contract = null;
        for (CaseFile f : caseFiles) {
            if (f.getEntryId() == null) {
                contract = fileView(f);
            } else {
                filesByEntry.computeIfAbsent(f.getEntryId(), k -> new ArrayList<>()).add(fileView(f));
            }
        }
        Map<Integer, List<Integer>> correctedBy = new HashMap<>();
        for (JournalEntry e : entries) {
            if (e.getCorrectsSequence() != null) {
                correctedBy.computeIfAbsent(e.getCorrectsSequence(), k -> new ArrayList<>()).add(e.getSequence());
            }
        }
        List<EntryView> views = entries.stream().map(e -> new EntryView(e.getId(), e.getSequence(), e.getType(),
                e.getOccurredOn(), e.getChannel(), e.getParticipants(), e.getTitle(), e.getBody(), e.getWeakSignal(),
                e.getAmount(), e.getCurrency(), e.getCorrectsSequence(),
                correctedBy.getOrDefault(e.getSequence(), List.of()), filesByEntry.getOrDefault(e.getId(), List.of()),
                e.getAuthorName(), e.getRecordedAt(), e.getHash())).toList();
        LocalDate today = LocalDate.now(clock);
        List<RiskScore.Signal> signals = signals(entries);
        LocalDate from = dispute.getCreatedAt().atZone(clock.getZone()).toLocalDate();
        String reviewTitle = null;
        if (dispute.getReviewRequestId() != null && dispute.getFreelancerId().equals(currentUser.requireId())) {
            reviewTitle = reviews.mine().stream().filter(r -> r.id().equals(dispute.getReviewRequestId()))
                    .map(RequestSummary::title).findFirst().orElse(null);
        }
        return new CaseDetail(dispute.getId(), dispute.reference(), dispute.getStatus(), intakeOf(dispute),
                nameOf(directory, dispute.getFreelancerId()),
                people.stream().map(p -> new ParticipantView(p.getUserId(), nameOf(directory, p.getUserId()),
                        p.getRole(), p.getConflictNote(), p.getJoinedAt())).toList(),
                contract, reviewTitle, views, chainOf(dispute, entries), RiskScore.timeline(from, today, signals),
                RiskScore.on(today, signals), permissions(dispute, people), dispute.getCreatedAt(),
                dispute.getSubmittedAt());
    }

    /** Every non-draft case of the community with its status only; community admins. */
    @Transactional(readOnly = true)
    public List<CaseOverview> overview() {
        access.requireRole(Role.ADMIN);
        Set<Long> led = new LinkedHashSet<>();
        List<DisputeCase> all = cases.findAllByStatusNotOrderByUpdatedAtDesc(CaseStatus.DRAFT);
        for (DisputeCase c : all) {
            if (c.getStatus() != CaseStatus.SUBMITTED) {
                led.add(c.getId());
            }
        }
        return all.stream().map(c -> new CaseOverview(c.getId(), c.reference(), c.getStatus(), c.getCreatedAt(),
                c.getUpdatedAt(), led.contains(c.getId()))).toList();
    }

    // --- lessons learned ------------------------------------------------------------------------------

    /**
     * What a lesson learned is drafted from: a closed case's intake, how it ended and when; its lead
     * only (others: not found). A case not yet closed is {@code error.kb.case-not-closed}.
     */
    @Transactional(readOnly = true)
    public LessonSource lessonSource(Long caseId) {
        DisputeCase dispute = requireLead(caseId);
        if (dispute.getStatus() != CaseStatus.CLOSED) {
            throw new PortalException("error.kb.case-not-closed");
        }
        List<JournalEntry> entries = journal.findAllByCaseIdOrderBySequenceAsc(caseId);
        CaseStatus ending = null;
        String endingReason = null;
        for (JournalEntry e : entries) {
            if (e.getType() == EntryType.STATUS_CHANGE && e.getTitle() != null) {
                try {
                    CaseStatus status = CaseStatus.valueOf(e.getTitle());
                    if (status == CaseStatus.RESOLVED || status == CaseStatus.ESCALATED
                            || status == CaseStatus.WITHDRAWN) {
                        ending = status;
                        endingReason = e.getBody();
                    }
                } catch (IllegalArgumentException notAStatus) {
                    // SUPPORTER_JOINED and other events
                }
            }
        }
        return new LessonSource(caseId, intakeOf(dispute), ending, endingReason,
                nameOf(directory(), dispute.getFreelancerId()), dispute.getCreatedAt(), dispute.getUpdatedAt());
    }

    /** A closed case as a lesson learned starts from it; {@code ending} is how it ended before closing. */
    public record LessonSource(Long caseId, CaseIntake intake, CaseStatus ending, String endingReason,
            String freelancerName, Instant openedAt, Instant closedAt) {
    }

    // --- evidence ------------------------------------------------------------------------------------

    /** The evidence bundle (ZIP) of the case in the given language ("fr" or "en"); freelancer, lead, supporters. */
    @Transactional(readOnly = true)
    public byte[] evidenceBundle(Long caseId, String language) {
        DisputeCase dispute = requireParticipant(caseId);
        CaseDetail detail = get(caseId);
        List<JournalEntry> entries = journal.findAllByCaseIdOrderBySequenceAsc(caseId);
        Map<Long, List<CaseFile>> filesByEntry = files.findAllByCaseIdOrderByIdAsc(caseId).stream()
                .filter(f -> f.getEntryId() != null).collect(Collectors.groupingBy(CaseFile::getEntryId));
        List<EvidenceBundle.Item> items = new ArrayList<>();
        for (JournalEntry e : entries) {
            items.add(new EvidenceBundle.Item(e.canonical(dispute.reference()), e.getHash(),
                    filesByEntry.getOrDefault(e.getId(), List.of()).stream().map(CaseFile::getContent).toList()));
        }
        byte[] pdf = report.journalPdf(detail, language, clock.instant());
        return EvidenceBundle.write(dispute.reference(), clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
                pdf, items);
    }

    /**
     * Checks an uploaded evidence bundle: intact or what was altered; and, when it is the bundle of a
     * case of this community the person may read, whether it matches the journal held here.
     */
    @Transactional(readOnly = true)
    public BundleCheck verifyBundle(Upload bundle) {
        byte[] content = bundle == null ? null : bundle.content();
        if (content == null || content.length == 0) {
            access.requireMember();
            throw new PortalException("error.upload.empty");
        }
        return verifyBundle(new ByteArrayInputStream(content));
    }

    /**
     * Same as {@link #verifyBundle(Upload)} for a bundle read as a stream, in bounded memory: an empty
     * stream is {@code error.upload.empty}, one longer than {@link EvidenceBundle#MAX_BUNDLE_BYTES} is
     * {@code error.upload.too-large}, a ZIP bomb is {@code error.case.bundle-bomb}. A bundle matches the
     * journal held here only up to its own last entry, and never when it holds no entry.
     */
    @Transactional(readOnly = true)
    public BundleCheck verifyBundle(InputStream bundle) {
        access.requireMember();
        PushbackInputStream in = new PushbackInputStream(bundle, 1);
        try {
            int first = in.read();
            if (first < 0) {
                throw new PortalException("error.upload.empty");
            }
            in.unread(first);
        } catch (IOException e) {
            throw new PortalException("error.upload.unreadable");
        }
        EvidenceBundle.Report result = EvidenceBundle.verify(in);
        DisputeCase dispute = readableCase(result.caseReference());
        if (dispute == null || result.chainHead() == null) {
            return new BundleCheck(result);
        }
        List<JournalEntry> entries = journal.findAllByCaseIdOrderBySequenceAsc(dispute.getId());
        List<String> bundleHashes = result.entryHashes();
        Integer firstDifferent = null;
        for (int i = 0; i < Math.max(entries.size(), bundleHashes.size()); i++) {
            boolean same = i < entries.size() && i < bundleHashes.size()
                    && entries.get(i).getHash().equals(bundleHashes.get(i));
            if (!same) {
                firstDifferent = i + 1;
                break;
            }
        }
        // a bundle exported before later entries were added still matches up to its own last entry; an
        // empty one matches nothing
        boolean matches = !bundleHashes.isEmpty() && (firstDifferent == null || firstDifferent > bundleHashes.size());
        return new BundleCheck(result, matches, matches || bundleHashes.isEmpty() ? null : firstDifferent,
                matches ? bundleHashes.size() : 0, entries.size());
    }

    // --- internals ------------------------------------------------------------------------------------

    private DisputeCase readableCase(String reference) {
        if (reference == null) {
            return null;
        }
        int dash = reference.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            Long id = Long.valueOf(reference.substring(dash + 1));
            DisputeCase dispute = cases.findById(id).orElse(null);
            if (dispute == null || !dispute.reference().equals(reference) || !isParticipant(dispute)) {
                return null;
            }
            return dispute;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private JournalChain.Check chainOf(DisputeCase dispute, List<JournalEntry> entries) {
        return JournalChain.verify(entries.stream().map(e -> e.canonical(dispute.reference())).toList(),
                entries.stream().map(JournalEntry::getHash).toList());
    }

    private static List<RiskScore.Signal> signals(List<JournalEntry> entries) {
        Set<Integer> corrected = entries.stream().map(JournalEntry::getCorrectsSequence)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<RiskScore.Signal> signals = new ArrayList<>();
        for (JournalEntry e : entries) {
            // a signal later corrected by another entry no longer counts; the correction counts if it is a signal
            if (e.getType() == EntryType.WEAK_SIGNAL && e.getWeakSignal() != null && e.getOccurredOn() != null
                    && !corrected.contains(e.getSequence())) {
                signals.add(new RiskScore.Signal(e.getOccurredOn(), e.getWeakSignal()));
            }
        }
        return signals;
    }

    /** An entry ready to be chained: the canonical fields plus typed values for the columns. */
    private record Draft(EntryType type, LocalDate occurredOn, Channel channel, String participants, String title,
            String body, WeakSignal signal, BigDecimal amount, Integer corrects, List<CaseFiles.Checked> files) {

        Draft withFiles(List<CaseFiles.Checked> other) {
            return new Draft(type, occurredOn, channel, participants, title, body, signal, amount, corrects, other);
        }
    }

    private static Draft systemEntry(String event, String participants, String body) {
        return new Draft(EntryType.STATUS_CHANGE, null, null, participants, event, body, null, null, null, List.of());
    }

    private Draft checkEntry(Long caseId, NewEntry entry) {
        if (entry == null || entry.type() == null || entry.type() == EntryType.STATUS_CHANGE) {
            throw new PortalException("error.case.entry-type");
        }
        EntryType type = entry.type();
        boolean dated = type == EntryType.EXCHANGE || type == EntryType.WEAK_SIGNAL || type == EntryType.PAYMENT_EVENT;
        if (dated && entry.occurredOn() == null) {
            throw new PortalException("error.case.entry-date");
        }
        if (entry.occurredOn() != null && entry.occurredOn().isAfter(LocalDate.now(clock))) {
            throw new PortalException("error.case.entry-future");
        }
        String title = Texts.bounded(entry.title(), MAX_TITLE_CHARS);
        String body = Texts.bounded(entry.body(), MAX_BODY_CHARS);
        String participants = Texts.bounded(entry.participants(), MAX_PARTICIPANTS_CHARS);
        List<IncompleteEntryException.Missing> missing = missingFields(type, entry, title, body);
        if (!missing.isEmpty()) {
            throw new IncompleteEntryException(missing);
        }
        BigDecimal amount = entry.amount();
        if (amount != null && (amount.abs().compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new PortalException("error.case.amount");
        }
        Integer corrects = entry.corrects();
        if (corrects != null) {
            int count = journal.findAllByCaseIdOrderBySequenceAsc(caseId).size();
            if (corrects < 1 || corrects > count) {
                throw new PortalException("error.case.corrects");
            }
        }
        List<CaseFiles.Checked> checked = entry.files().stream()
                .map(f -> fileChecks.attachment(f.fileName(), f.content())).toList();
        return new Draft(type, entry.occurredOn(), entry.channel(), participants, title,
                body, type == EntryType.WEAK_SIGNAL ? entry.signal() : null,
                amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP), corrects, checked);
    }

    /**
     * What an entry of this kind lacks: an exchange its channel and summary, a weak signal its type,
     * a document a file, any other kind at least a title, a text or a file.
     */
    private static List<IncompleteEntryException.Missing> missingFields(EntryType type, NewEntry entry, String title,
            String body) {
        List<IncompleteEntryException.Missing> missing = new ArrayList<>();
        switch (type) {
            case EXCHANGE -> {
                if (entry.channel() == null) {
                    missing.add(IncompleteEntryException.Missing.CHANNEL);
                }
                if (body == null) {
                    missing.add(IncompleteEntryException.Missing.BODY);
                }
            }
            case WEAK_SIGNAL -> {
                if (entry.signal() == null) {
                    missing.add(IncompleteEntryException.Missing.SIGNAL);
                }
            }
            case DOCUMENT -> {
                if (entry.files().isEmpty()) {
                    missing.add(IncompleteEntryException.Missing.FILES);
                }
            }
            default -> {
                if (title == null && body == null && entry.files().isEmpty()) {
                    missing.add(IncompleteEntryException.Missing.TITLE);
                    missing.add(IncompleteEntryException.Missing.BODY);
                }
            }
        }
        return missing;
    }

    /**
     * Chains and stores an entry. The case row is locked first, so two people writing at once get
     * consecutive sequence numbers and a linear chain.
     */
    private JournalEntry append(DisputeCase dispute, Draft draft, Map<Long, MemberSummary> directory) {
        cases.lockById(dispute.getId());
        List<JournalEntry> existing = journal.findAllByCaseIdOrderBySequenceAsc(dispute.getId());
        String previous = existing.isEmpty() ? Digests.ZERO : existing.getLast().getHash();
        Long me = currentUser.requireId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> attachmentLines = draft.files().stream()
                .map(f -> CanonicalEntry.attachmentLine(f.sha256(), f.fileName())).toList();
        String currency = draft.amount() == null ? null : dispute.getCurrency();
        CanonicalEntry canonical = new CanonicalEntry(dispute.reference(), existing.size() + 1, draft.type().name(),
                draft.occurredOn(), draft.channel() == null ? null : draft.channel().name(), draft.participants(),
                draft.title(), draft.body(), draft.signal() == null ? null : draft.signal().name(),
                JournalEntry.amountText(draft.amount(), currency), draft.corrects(), attachmentLines, me,
                nameOf(directory, me), now, previous);
        JournalEntry saved = journal.save(new JournalEntry(dispute.getId(), canonical, draft.type(), draft.channel(),
                draft.signal(), draft.amount(), currency));
        for (CaseFiles.Checked file : draft.files()) {
            files.save(new CaseFile(dispute.getId(), saved.getId(), file, me, now));
        }
        dispute.touch(now);
        if (draft.type() == EntryType.WEAK_SIGNAL) {
            riskCheck(dispute, existing, draft, directory);
        }
        return saved;
    }

    private void riskCheck(DisputeCase dispute, List<JournalEntry> before, Draft draft,
            Map<Long, MemberSummary> directory) {
        LocalDate today = LocalDate.now(clock);
        List<RiskScore.Signal> signals = signals(before);
        RiskScore.Signal added = new RiskScore.Signal(draft.occurredOn(), draft.signal());
        List<RiskScore.Signal> after = new ArrayList<>(signals);
        after.add(added);
        int score = RiskScore.on(today, after);
        dispute.riskAlerted(score >= RiskScore.ALERT_THRESHOLD);
        if (RiskScore.crossesThreshold(today, signals, added)) {
            events.publishEvent(new RiskThresholdCrossed(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                    score, List.copyOf(peopleToAlert(dispute))));
        }
    }

    /** The freelancer and the lead. */
    private Set<Long> peopleToAlert(DisputeCase dispute) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(dispute.getFreelancerId());
        participants.findAllByCaseIdOrderByJoinedAtAsc(dispute.getId()).stream()
                .filter(p -> p.getRole() == ParticipantRole.LEAD).forEach(p -> people.add(p.getUserId()));
        return people;
    }

    /** The freelancer, the lead and the supporters. */
    private Set<Long> peopleOf(DisputeCase dispute) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(dispute.getFreelancerId());
        participants.findAllByCaseIdOrderByJoinedAtAsc(dispute.getId()).forEach(p -> people.add(p.getUserId()));
        return people;
    }

    /** Stores what can be stored; returns the message keys of the fields refused (their stored value stays). */
    private List<String> storeIntake(DisputeCase dispute, CaseIntake intake) {
        List<String> refused = new ArrayList<>();
        CaseIntake.Mission mission = intake.mission();
        if (!validAmount(mission.amount())) {
            refused.add("error.case.amount");
            intake = new CaseIntake(intake.title(), intake.client(), intake.vetting(), new CaseIntake.Mission(
                    mission.object(), mission.start(), mission.end(), mission.pricing(), dispute.getAmount(),
                    mission.reviewRequestId()), intake.scoping(), intake.problem());
        }
        CaseIntake clean = clean(intake);
        Long review = clean.mission().reviewRequestId();
        if (review != null && reviews.mine().stream().noneMatch(r -> r.id().equals(review))) {
            throw new PortalException("error.case.review-request");
        }
        dispute.apply(clean, clock.instant());
        Long id = dispute.getId();
        contacts.deleteAllByCaseId(id);
        vettings.deleteAllByCaseId(id);
        phases.deleteAllByCaseId(id);
        contacts.flush();
        int position = 0;
        for (CaseIntake.Contact contact : clean.client().contacts()) {
            contacts.save(new CaseContact(id, position++, contact));
        }
        clean.vetting().forEach((item, vetting) -> vettings.save(new CaseVetting(id, item, vetting)));
        position = 0;
        for (CaseIntake.Phase phase : clean.scoping().phases()) {
            phases.save(new CasePhase(id, position++, phase));
        }
        return List.copyOf(refused);
    }

    private static boolean validAmount(BigDecimal amount) {
        return amount == null || (amount.signum() >= 0 && amount.compareTo(MAX_AMOUNT) <= 0);
    }

    /** Trims and bounds what was typed; drops contact and phase lines left entirely empty. */
    static CaseIntake clean(CaseIntake in) {
        List<CaseIntake.Contact> contactList = in.client().contacts().stream()
                .map(c -> new CaseIntake.Contact(Texts.limit(c.name(), 200), Texts.limit(c.role(), 200),
                        Texts.limit(c.email(), 254), Texts.limit(c.phone(), 40)))
                .filter(c -> c.name() != null || c.role() != null || c.email() != null || c.phone() != null)
                .limit(MAX_CONTACTS).toList();
        Map<VettingItem, CaseIntake.Vetting> vetting = new EnumMap<>(VettingItem.class);
        in.vetting().forEach((item, v) -> {
            if (item != null && v != null) {
                vetting.put(item, new CaseIntake.Vetting(v.answer(), Texts.limit(v.note(), 2000)));
            }
        });
        List<CaseIntake.Phase> phaseList = in.scoping().phases().stream()
                .map(p -> new CaseIntake.Phase(Texts.limit(p.name(), 200), p.deadline()))
                .filter(p -> p.name() != null || p.deadline() != null).limit(MAX_PHASES)
                .map(p -> p.name() == null ? new CaseIntake.Phase("—", p.deadline()) : p).toList();
        BigDecimal amount = in.mission().amount();
        if (!validAmount(amount)) {
            throw new PortalException("error.case.amount");
        }
        return new CaseIntake(Texts.limit(in.title(), 200),
                new CaseIntake.Client(Texts.limit(in.client().name(), 200),
                        Texts.limit(in.client().identifier(), 40), Texts.limit(in.client().address(), 2000),
                        contactList),
                vetting,
                new CaseIntake.Mission(Texts.limit(in.mission().object(), 8000), in.mission().start(),
                        in.mission().end(), in.mission().pricing(),
                        amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP),
                        in.mission().reviewRequestId()),
                new CaseIntake.Scoping(Texts.limit(in.scoping().objectives(), 8000), phaseList,
                        Texts.limit(in.scoping().roles(), 8000), Texts.limit(in.scoping().outOfScope(), 8000)),
                new CaseIntake.Problem(in.problem().category(), Texts.limit(in.problem().description(), 20_000),
                        Texts.limit(in.problem().desiredOutcome(), 8000), in.problem().urgency()));
    }

    /** What a submitted case must contain; throws the first missing or invalid field's key. */
    static void validateComplete(CaseIntake intake) {
        if (intake.title() == null) {
            throw new PortalException("error.case.title");
        }
        if (intake.client().name() == null) {
            throw new PortalException("error.case.client-name");
        }
        CompanyIdentifier.check(intake.client().identifier());
        for (CaseIntake.Contact contact : intake.client().contacts()) {
            if (contact.name() == null) {
                throw new PortalException("error.case.contact-name");
            }
            if (contact.email() != null && !EMAIL.matcher(contact.email()).matches()) {
                throw new PortalException("error.case.contact-email", contact.email());
            }
            if (contact.phone() != null && !PHONE.matcher(contact.phone()).matches()) {
                throw new PortalException("error.case.contact-phone", contact.phone());
            }
        }
        if (intake.mission().object() == null) {
            throw new PortalException("error.case.mission-object");
        }
        if (intake.mission().start() != null && intake.mission().end() != null
                && intake.mission().end().isBefore(intake.mission().start())) {
            throw new PortalException("error.case.mission-dates");
        }
        if (intake.problem().category() == null) {
            throw new PortalException("error.case.problem-category");
        }
        if (intake.problem().description() == null) {
            throw new PortalException("error.case.problem-description");
        }
        if (intake.problem().urgency() == null) {
            throw new PortalException("error.case.urgency");
        }
    }

    private CaseIntake intakeOf(DisputeCase c) {
        Long id = c.getId();
        Map<VettingItem, CaseIntake.Vetting> vetting = new EnumMap<>(VettingItem.class);
        vettings.findAllByCaseId(id).forEach(v -> vetting.put(v.getItem(), v.toIntake()));
        List<CaseIntake.Contact> contactList = contacts.findAllByCaseId(id).stream()
                .sorted(java.util.Comparator.comparingInt(CaseContact::getPosition)).map(CaseContact::toIntake)
                .toList();
        List<CaseIntake.Phase> phaseList = phases.findAllByCaseId(id).stream()
                .sorted(java.util.Comparator.comparingInt(CasePhase::getPosition)).map(CasePhase::toIntake).toList();
        return new CaseIntake(c.getTitle(),
                new CaseIntake.Client(c.getClientName(), c.getClientIdentifier(), c.getClientAddress(), contactList),
                vetting,
                new CaseIntake.Mission(c.getMissionObject(), c.getMissionStart(), c.getMissionEnd(), c.getPricing(),
                        c.getAmount(), c.getReviewRequestId()),
                new CaseIntake.Scoping(c.getObjectives(), phaseList, c.getRoles(), c.getOutOfScope()),
                new CaseIntake.Problem(c.getProblemCategory(), c.getProblemDescription(), c.getDesiredOutcome(),
                        c.getUrgency()));
    }

    private Permissions permissions(DisputeCase dispute, List<CaseParticipant> people) {
        Long me = currentUser.requireId();
        boolean freelancer = dispute.getFreelancerId().equals(me);
        boolean lead = people.stream().anyMatch(p -> p.getUserId().equals(me) && p.getRole() == ParticipantRole.LEAD);
        boolean supporter = people.stream()
                .anyMatch(p -> p.getUserId().equals(me) && p.getRole() == ParticipantRole.SUPPORTER);
        Set<CaseStatus> moves = EnumSet.noneOf(CaseStatus.class);
        if (freelancer) {
            moves.addAll(dispute.getStatus().nextFor(Actor.FREELANCER));
        }
        if (lead) {
            moves.addAll(dispute.getStatus().nextFor(Actor.LEAD));
        }
        boolean open = dispute.getStatus() != CaseStatus.CLOSED;
        return new Permissions(freelancer, lead, supporter, freelancer && dispute.getStatus() == CaseStatus.DRAFT,
                open, lead && open, moves);
    }

    private Actor actorOn(DisputeCase dispute) {
        Long me = currentUser.requireId();
        if (dispute.getFreelancerId().equals(me)) {
            return Actor.FREELANCER;
        }
        return participants.findByCaseIdAndUserId(dispute.getId(), me)
                .filter(p -> p.getRole() == ParticipantRole.LEAD).map(p -> Actor.LEAD).orElse(null);
    }

    private static void requireMove(DisputeCase dispute, CaseStatus target, Actor actor) {
        if (!dispute.getStatus().allows(target, actor)) {
            throw new PortalException("error.case.transition");
        }
    }

    private DisputeCase load(Long caseId) {
        access.requireMember();
        return caseId == null ? null : cases.findById(caseId).orElse(null);
    }

    private DisputeCase requireFreelancer(Long caseId) {
        DisputeCase dispute = load(caseId);
        if (dispute == null || !dispute.getFreelancerId().equals(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return dispute;
    }

    private DisputeCase requireParticipant(Long caseId) {
        DisputeCase dispute = load(caseId);
        if (dispute == null || !isParticipant(dispute)) {
            throw new NotFoundException();
        }
        return dispute;
    }

    private DisputeCase requireWritable(Long caseId) {
        DisputeCase dispute = requireParticipant(caseId);
        if (dispute.getStatus() == CaseStatus.CLOSED) {
            throw new PortalException("error.case.closed");
        }
        return dispute;
    }

    private DisputeCase requireLead(Long caseId) {
        DisputeCase dispute = requireParticipant(caseId);
        if (actorOn(dispute) != Actor.LEAD) {
            throw new NotFoundException();
        }
        return dispute;
    }

    private boolean isParticipant(DisputeCase dispute) {
        Long me = currentUser.requireId();
        return dispute.getFreelancerId().equals(me)
                || participants.findByCaseIdAndUserId(dispute.getId(), me).isPresent();
    }

    /** One query for the leads of all the listed cases, not one per case. */
    private List<CaseSummary> summaries(List<DisputeCase> list, Map<Long, MemberSummary> directory) {
        Map<Long, Long> leads = new HashMap<>();
        if (!list.isEmpty()) {
            participants.findAllByCaseIdInAndRole(list.stream().map(DisputeCase::getId).toList(), ParticipantRole.LEAD)
                    .forEach(p -> leads.put(p.getCaseId(), p.getUserId()));
        }
        return list.stream().map(c -> new CaseSummary(c.getId(), c.reference(), c.getTitle(), c.getClientName(),
                c.getStatus(), c.getProblemCategory(), c.getUrgency(), nameOf(directory, c.getFreelancerId()),
                leads.containsKey(c.getId()) ? nameOf(directory, leads.get(c.getId())) : null, c.isRiskAlerted(),
                c.getCreatedAt(), c.getUpdatedAt())).toList();
    }

    private static FileView fileView(CaseFile f) {
        return new FileView(f.getId(), f.getFileName(), f.getMediaType(), f.getSizeBytes(), f.getSha256());
    }

    private Map<Long, MemberSummary> directory() {
        return members.directory().stream().collect(Collectors.toMap(MemberSummary::userId, Function.identity()));
    }

    private static String nameOf(Map<Long, MemberSummary> directory, Long userId) {
        MemberSummary member = directory.get(userId);
        return member == null ? "—" : member.displayName();
    }
}
