package org.freelance.portal.cases;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.cases.CaseStatus.Actor;
import org.freelance.portal.cases.CaseViews.Permissions;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on a case: its freelancer, its lead and its supporters, nobody else. A case
 * out of reach is "not found", so ids cannot be probed.
 */
@Component
class CaseAccess {

    private final DisputeCaseRepository cases;
    private final CaseParticipantRepository participants;
    private final TenantAccess access;
    private final CurrentUser currentUser;

    CaseAccess(DisputeCaseRepository cases, CaseParticipantRepository participants, TenantAccess access,
            CurrentUser currentUser) {
        this.cases = cases;
        this.participants = participants;
        this.access = access;
        this.currentUser = currentUser;
    }

    DisputeCase requireFreelancer(Long caseId) {
        DisputeCase dispute = load(caseId);
        if (dispute == null || !dispute.getFreelancerId().equals(currentUser.requireId())) {
            throw new NotFoundException();
        }
        return dispute;
    }

    DisputeCase requireParticipant(Long caseId) {
        DisputeCase dispute = load(caseId);
        if (dispute == null || !isParticipant(dispute)) {
            throw new NotFoundException();
        }
        return dispute;
    }

    /** A participant's case still open to entries ({@code error.case.closed} once closed). */
    DisputeCase requireWritable(Long caseId) {
        DisputeCase dispute = requireParticipant(caseId);
        if (dispute.getStatus() == CaseStatus.CLOSED) {
            throw new PortalException("error.case.closed");
        }
        return dispute;
    }

    DisputeCase requireLead(Long caseId) {
        DisputeCase dispute = requireParticipant(caseId);
        if (actorOn(dispute) != Actor.LEAD) {
            throw new NotFoundException();
        }
        return dispute;
    }

    /** The case a bundle's reference names, when it is of this community and the person may read it; else null. */
    DisputeCase readableByReference(String reference) {
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

    /** The freelancer or the lead moving the case, or null for anyone else. */
    Actor actorOn(DisputeCase dispute) {
        Long me = currentUser.requireId();
        if (dispute.getFreelancerId().equals(me)) {
            return Actor.FREELANCER;
        }
        return participants.findByCaseIdAndUserId(dispute.getId(), me)
                .filter(p -> p.getRole() == ParticipantRole.LEAD).map(p -> Actor.LEAD).orElse(null);
    }

    static void requireMove(DisputeCase dispute, CaseStatus target, Actor actor) {
        if (!dispute.getStatus().allows(target, actor)) {
            throw new PortalException("error.case.transition");
        }
    }

    /** What the signed-in person may do on the case, for the screen to offer only that. */
    Permissions permissions(DisputeCase dispute, List<CaseParticipant> people) {
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

    /** The freelancer and the lead. */
    Set<Long> freelancerAndLead(DisputeCase dispute) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(dispute.getFreelancerId());
        participants.findAllByCaseIdOrderByJoinedAtAsc(dispute.getId()).stream()
                .filter(p -> p.getRole() == ParticipantRole.LEAD).forEach(p -> people.add(p.getUserId()));
        return people;
    }

    /** The freelancer, the lead and the supporters. */
    Set<Long> peopleOf(DisputeCase dispute) {
        Set<Long> people = new LinkedHashSet<>();
        people.add(dispute.getFreelancerId());
        participants.findAllByCaseIdOrderByJoinedAtAsc(dispute.getId()).forEach(p -> people.add(p.getUserId()));
        return people;
    }

    private DisputeCase load(Long caseId) {
        access.requireMember();
        return caseId == null ? null : cases.findById(caseId).orElse(null);
    }

    private boolean isParticipant(DisputeCase dispute) {
        Long me = currentUser.requireId();
        return dispute.getFreelancerId().equals(me)
                || participants.findByCaseIdAndUserId(dispute.getId(), me).isPresent();
    }
}
