package org.freelance.portal.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.cases.CaseViews.QueueFilter;
import org.freelance.portal.cases.CaseViews.QueueItem;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** The queue of submitted cases: experts and mediators take a case as its lead and invite supporters. */
@Component
class CaseQueue {

    private final DisputeCaseRepository cases;
    private final CaseParticipantRepository participants;
    private final CaseAccess caseAccess;
    private final CaseJournal caseJournal;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseQueue(DisputeCaseRepository cases, CaseParticipantRepository participants, CaseAccess caseAccess,
            CaseJournal caseJournal, TenantAccess access, CurrentUser currentUser, MemberService members,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.participants = participants;
        this.caseAccess = caseAccess;
        this.caseJournal = caseJournal;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    List<QueueItem> queue(QueueFilter filter) {
        access.requireRole(Role.EXPERT, Role.MEDIATOR);
        QueueFilter f = filter == null ? QueueFilter.ANY : filter;
        Long me = currentUser.requireId();
        MemberDirectory directory = members.directoryByUser();
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
                    c.getUrgency(), directory.nameOf(c.getFreelancerId()), c.getSubmittedAt(), age,
                    c.getProblemDescription()));
        }
        return items;
    }

    void take(Long caseId, boolean conflictOfInterest, String declaration) {
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
        String note = Texts.bounded(declaration, CaseService.MAX_NOTE_CHARS);
        participants.save(new CaseParticipant(caseId, me, ParticipantRole.LEAD, note, clock.instant()));
        MemberDirectory directory = members.directoryByUser();
        caseJournal.appendEvent(dispute, CaseStatus.TAKEN.name(), directory.nameOf(me), note, directory);
        events.publishEvent(new CaseTaken(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                directory.nameOf(me), dispute.getFreelancerId()));
    }

    void inviteSupporter(Long caseId, Long userId) {
        DisputeCase dispute = caseAccess.requireLead(caseId);
        MemberDirectory directory = members.directoryByUser();
        MemberSummary peer = directory.get(userId);
        if (peer == null || !(peer.hasRole(Role.EXPERT) || peer.hasRole(Role.MEDIATOR))
                || userId.equals(dispute.getFreelancerId())) {
            throw new PortalException("error.case.not-a-peer");
        }
        if (participants.findByCaseIdAndUserId(caseId, userId).isPresent()) {
            return;
        }
        participants.save(new CaseParticipant(caseId, userId, ParticipantRole.SUPPORTER, null, clock.instant()));
        caseJournal.appendEvent(dispute, "SUPPORTER_JOINED", peer.displayName(), null, directory);
        events.publishEvent(new SupporterAdded(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                directory.nameOf(currentUser.requireId()), userId));
    }
}
