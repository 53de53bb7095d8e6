package org.freelance.portal.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private notes of a case: the working notes its lead and supporters keep for one another
 * (hypotheses, what to check, how to approach the client). Only the lead and the supporters read or
 * write them; the freelancer and everyone else, community admins included, get "not found", as for a
 * case they cannot see.
 *
 * <p>Private notes are <em>not</em> part of the freelancer's journal: they are not hash-chained, not
 * in the journal PDF nor in the evidence bundle, and adding one notifies nobody. The journal is the
 * freelancer's evidence; these notes are the helpers' work on it. They are append-only like the
 * journal (kept with author and time, never edited or deleted: a later note corrects an earlier one),
 * so what a helper wrote stays what the others read.
 */
@Service
@Transactional
public class PrivateNoteService {

    /** The longest note ({@code error.text.too-long}). */
    public static final int MAX_CHARS = 10_000;

    /** A note as the lead and supporters see it. */
    public record NoteView(Long id, String authorName, Instant writtenAt, String text) {
    }

    private final DisputeCaseRepository cases;
    private final CaseParticipantRepository participants;
    private final PrivateNoteRepository notes;
    private final TenantAccess access;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final Clock clock;

    PrivateNoteService(DisputeCaseRepository cases, CaseParticipantRepository participants, PrivateNoteRepository notes,
            TenantAccess access, CurrentUser currentUser, MemberService members, Clock clock) {
        this.cases = cases;
        this.participants = participants;
        this.notes = notes;
        this.access = access;
        this.currentUser = currentUser;
        this.members = members;
        this.clock = clock;
    }

    /** The notes of the case, oldest first; lead and supporters only (others: not found). */
    @Transactional(readOnly = true)
    public List<NoteView> list(Long caseId) {
        requireHelper(caseId);
        return notes.findAllByCaseIdOrderByWrittenAtAscIdAsc(caseId).stream()
                .map(n -> new NoteView(n.getId(), n.getAuthorName(), n.getWrittenAt(), n.getBody())).toList();
    }

    /**
     * Adds a note; lead and supporters only (others: not found), until the case is closed
     * ({@code error.case.note-closed}). A blank note is {@code error.case.note-required}, one longer than
     * {@link #MAX_CHARS} is {@code error.text.too-long}; nothing is stored then.
     */
    public NoteView add(Long caseId, String text) {
        DisputeCase dispute = requireHelper(caseId);
        if (dispute.getStatus() == CaseStatus.CLOSED) {
            throw new PortalException("error.case.note-closed");
        }
        String body = Texts.bounded(text, MAX_CHARS);
        if (body == null) {
            throw new PortalException("error.case.note-required");
        }
        Long me = currentUser.requireId();
        String author = members.directoryByUser().nameOf(me);
        PrivateNote saved = notes.save(new PrivateNote(caseId, me, author, body,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return new NoteView(saved.getId(), saved.getAuthorName(), saved.getWrittenAt(), saved.getBody());
    }

    /** The case, when the signed-in person is its lead or one of its supporters. */
    private DisputeCase requireHelper(Long caseId) {
        access.requireMember();
        Long me = currentUser.requireId();
        DisputeCase dispute = caseId == null ? null : cases.findById(caseId).orElse(null);
        // the freelancer is never a participant (the service refuses to invite them), checked anyway
        if (dispute == null || dispute.getFreelancerId().equals(me)
                || participants.findByCaseIdAndUserId(caseId, me).isEmpty()) {
            throw new NotFoundException();
        }
        return dispute;
    }
}
