package org.freelance.portal.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.freelance.portal.base.CompanyIdentifier;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseStatus.Actor;
import org.freelance.portal.cases.CaseViews.DraftSaved;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Intake: the freelancer's draft (client, vetting, mission, scoping, problem, contract file), kept
 * as typed, then checked and submitted to the community's experts and mediators.
 */
@Component
class CaseDrafting {

    private final DisputeCaseRepository cases;
    private final CaseContactRepository contacts;
    private final CaseVettingRepository vettings;
    private final CasePhaseRepository phases;
    private final CaseParticipantRepository participants;
    private final JournalEntryRepository journal;
    private final CaseFileRepository files;
    private final CaseFiles fileChecks;
    private final CaseAccess caseAccess;
    private final CaseJournal caseJournal;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ReviewService reviews;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseDrafting(DisputeCaseRepository cases, CaseContactRepository contacts, CaseVettingRepository vettings,
            CasePhaseRepository phases, CaseParticipantRepository participants, JournalEntryRepository journal,
            CaseFileRepository files, CaseFiles fileChecks, CaseAccess caseAccess, CaseJournal caseJournal,
            TenantAccess access, CurrentUser currentUser, MemberService members, ReviewService reviews,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.contacts = contacts;
        this.vettings = vettings;
        this.phases = phases;
        this.participants = participants;
        this.journal = journal;
        this.files = files;
        this.fileChecks = fileChecks;
        this.caseAccess = caseAccess;
        this.caseJournal = caseJournal;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    Long createDraft(CaseIntake intake) {
        access.requireMember();
        DisputeCase draft = cases.save(new DisputeCase(currentUser.requireId(), clock.instant()));
        storeIntake(draft, intake == null ? CaseIntake.EMPTY : intake);
        return draft.getId();
    }

    DraftSaved saveDraft(Long caseId, CaseIntake intake) {
        DisputeCase draft = caseAccess.requireFreelancer(caseId);
        if (draft.getStatus() != CaseStatus.DRAFT) {
            throw new PortalException("error.case.not-a-draft");
        }
        return new DraftSaved(storeIntake(draft, intake == null ? CaseIntake.EMPTY : intake));
    }

    void deleteDraft(Long caseId) {
        DisputeCase draft = caseAccess.requireFreelancer(caseId);
        if (draft.getStatus() != CaseStatus.DRAFT || journal.existsByCaseId(caseId)) {
            throw new PortalException("error.case.not-a-draft");
        }
        files.deleteAll(files.findAllByCaseIdOrderByIdAsc(caseId));
        participants.deleteAll(participants.findAllByCaseIdOrderByJoinedAtAsc(caseId));
        // contacts, vetting answers and phases go with the case (on delete cascade)
        cases.delete(draft);
    }

    FileView attachContract(Long caseId, Upload upload) {
        DisputeCase dispute = caseAccess.requireFreelancer(caseId);
        if (dispute.getStatus() != CaseStatus.DRAFT && dispute.getStatus() != CaseStatus.SUBMITTED) {
            throw new PortalException("error.case.not-a-draft");
        }
        CaseFiles.Checked checked = fileChecks.contract(upload == null ? null : upload.fileName(),
                upload == null ? null : upload.content());
        files.findAllByCaseIdOrderByIdAsc(caseId).stream().filter(f -> f.getEntryId() == null).forEach(files::delete);
        CaseFile saved = files.save(new CaseFile(caseId, null, checked, currentUser.requireId(), clock.instant()));
        dispute.touch(clock.instant());
        return CaseReading.fileView(saved);
    }

    void submit(Long caseId) {
        DisputeCase dispute = caseAccess.requireFreelancer(caseId);
        CaseAccess.requireMove(dispute, CaseStatus.SUBMITTED, Actor.FREELANCER);
        CaseIntake intake = intakeOf(dispute);
        IntakeRules.validateComplete(intake);
        dispute.normaliseIdentifier(CompanyIdentifier.check(intake.client().identifier()));
        dispute.moveTo(CaseStatus.SUBMITTED, clock.instant());
        MemberDirectory directory = members.directoryByUser();
        caseJournal.appendEvent(dispute, CaseStatus.SUBMITTED.name(), null, null, directory);
        List<Long> peers = directory.members().stream()
                .filter(m -> (m.hasRole(Role.EXPERT) || m.hasRole(Role.MEDIATOR))
                        && !m.userId().equals(dispute.getFreelancerId()))
                .map(MemberSummary::userId).toList();
        events.publishEvent(new CaseSubmitted(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                directory.nameOf(dispute.getFreelancerId()), peers));
    }

    /** The intake as stored, contacts and phases in their order. */
    CaseIntake intakeOf(DisputeCase c) {
        Long id = c.getId();
        Map<VettingItem, CaseIntake.Vetting> vetting = new EnumMap<>(VettingItem.class);
        vettings.findAllByCaseId(id).forEach(v -> vetting.put(v.getItem(), v.toIntake()));
        List<CaseIntake.Contact> contactList = contacts.findAllByCaseId(id).stream()
                .sorted(Comparator.comparingInt(CaseContact::getPosition)).map(CaseContact::toIntake).toList();
        List<CaseIntake.Phase> phaseList = phases.findAllByCaseId(id).stream()
                .sorted(Comparator.comparingInt(CasePhase::getPosition)).map(CasePhase::toIntake).toList();
        return new CaseIntake(c.getTitle(),
                new CaseIntake.Client(c.getClientName(), c.getClientIdentifier(), c.getClientAddress(), contactList),
                vetting,
                new CaseIntake.Mission(c.getMissionObject(), c.getMissionStart(), c.getMissionEnd(), c.getPricing(),
                        c.getAmount(), c.getReviewRequestId()),
                new CaseIntake.Scoping(c.getObjectives(), phaseList, c.getRoles(), c.getOutOfScope()),
                new CaseIntake.Problem(c.getProblemCategory(), c.getProblemDescription(), c.getDesiredOutcome(),
                        c.getUrgency()));
    }

    /** Stores what can be stored; returns the message keys of the fields refused (their stored value stays). */
    private List<String> storeIntake(DisputeCase dispute, CaseIntake intake) {
        List<String> refused = new ArrayList<>();
        CaseIntake.Mission mission = intake.mission();
        if (!IntakeRules.validAmount(mission.amount())) {
            refused.add("error.case.amount");
            intake = new CaseIntake(intake.title(), intake.client(), intake.vetting(), new CaseIntake.Mission(
                    mission.object(), mission.start(), mission.end(), mission.pricing(), dispute.getAmount(),
                    mission.reviewRequestId()), intake.scoping(), intake.problem());
        }
        CaseIntake clean = IntakeRules.clean(intake);
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
}
