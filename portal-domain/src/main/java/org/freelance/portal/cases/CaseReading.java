package org.freelance.portal.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.cases.CaseService.LessonSource;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.CaseOverview;
import org.freelance.portal.cases.CaseViews.CaseSummary;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.freelance.portal.cases.CaseViews.StoredFile;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.stereotype.Component;

/** What people read of cases: one case with its journal, their lists, the admins' overview, a lesson's source. */
@Component
class CaseReading {

    private final DisputeCaseRepository cases;
    private final CaseParticipantRepository participants;
    private final JournalEntryRepository journal;
    private final CaseFileRepository files;
    private final CaseAccess caseAccess;
    private final CaseDrafting drafting;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ReviewService reviews;
    private final Clock clock;

    CaseReading(DisputeCaseRepository cases, CaseParticipantRepository participants, JournalEntryRepository journal,
            CaseFileRepository files, CaseAccess caseAccess, CaseDrafting drafting, TenantAccess access,
            CurrentUser currentUser, MemberService members, ReviewService reviews, Clock clock) {
        this.cases = cases;
        this.participants = participants;
        this.journal = journal;
        this.files = files;
        this.caseAccess = caseAccess;
        this.drafting = drafting;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.reviews = reviews;
        this.clock = clock;
    }

    CaseDetail get(Long caseId) {
        DisputeCase dispute = caseAccess.requireParticipant(caseId);
        MemberDirectory directory = members.directoryByUser();
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
        List<RiskScore.Signal> signals = CaseJournal.signals(entries);
        LocalDate from = dispute.getCreatedAt().atZone(clock.getZone()).toLocalDate();
        String reviewTitle = null;
        if (dispute.getReviewRequestId() != null && dispute.getFreelancerId().equals(currentUser.requireId())) {
            reviewTitle = reviews.mine().stream().filter(r -> r.id().equals(dispute.getReviewRequestId()))
                    .map(RequestSummary::title).findFirst().orElse(null);
        }
        return new CaseDetail(dispute.getId(), dispute.reference(), dispute.getStatus(), drafting.intakeOf(dispute),
                directory.nameOf(dispute.getFreelancerId()),
                people.stream().map(p -> new ParticipantView(p.getUserId(), directory.nameOf(p.getUserId()),
                        p.getRole(), p.getConflictNote(), p.getJoinedAt())).toList(),
                contract, reviewTitle, views, CaseJournal.chainOf(dispute, entries),
                RiskScore.timeline(from, today, signals), RiskScore.on(today, signals),
                caseAccess.permissions(dispute, people), dispute.getCreatedAt(), dispute.getSubmittedAt());
    }

    List<CaseSummary> mine() {
        access.requireMember();
        return summaries(cases.findAllByFreelancerIdOrderByUpdatedAtDesc(currentUser.requireId()));
    }

    List<CaseSummary> involved() {
        access.requireMember();
        Set<Long> ids = participants.findAllByUserId(currentUser.requireId()).stream()
                .map(CaseParticipant::getCaseId).collect(Collectors.toSet());
        return summaries(cases.findAllByIdInOrderByUpdatedAtDesc(ids));
    }

    List<CaseOverview> overview() {
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

    StoredFile file(Long caseId, Long fileId) {
        caseAccess.requireParticipant(caseId);
        CaseFile file = files.findByIdAndCaseId(fileId, caseId).orElseThrow(NotFoundException::new);
        return new StoredFile(file.getFileName(), file.getMediaType(), file.getSizeBytes(), file.getContent());
    }

    LessonSource lessonSource(Long caseId) {
        DisputeCase dispute = caseAccess.requireLead(caseId);
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
        return new LessonSource(caseId, drafting.intakeOf(dispute), ending, endingReason,
                members.directoryByUser().nameOf(dispute.getFreelancerId()), dispute.getCreatedAt(),
                dispute.getUpdatedAt());
    }

    static FileView fileView(CaseFile f) {
        return new FileView(f.getId(), f.getFileName(), f.getMediaType(), f.getSizeBytes(), f.getSha256());
    }

    /** One query for the leads of all the listed cases, not one per case. */
    private List<CaseSummary> summaries(List<DisputeCase> list) {
        MemberDirectory directory = members.directoryByUser();
        Map<Long, Long> leads = new HashMap<>();
        if (!list.isEmpty()) {
            participants.findAllByCaseIdInAndRole(list.stream().map(DisputeCase::getId).toList(), ParticipantRole.LEAD)
                    .forEach(p -> leads.put(p.getCaseId(), p.getUserId()));
        }
        return list.stream().map(c -> new CaseSummary(c.getId(), c.reference(), c.getTitle(), c.getClientName(),
                c.getStatus(), c.getProblemCategory(), c.getUrgency(), directory.nameOf(c.getFreelancerId()),
                leads.containsKey(c.getId()) ? directory.nameOf(leads.get(c.getId())) : null, c.isRiskAlerted(),
                c.getCreatedAt(), c.getUpdatedAt())).toList();
    }
}
