package org.freelance.portal.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.Digests;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.Texts;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.tenant.MemberDirectory;
import org.freelance.portal.tenant.MemberService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The case journal: checks what people write, chains each entry onto the last one (hash and
 * sequence) and watches the weak signals. Entries are never edited; corrections are new entries.
 */
@Component
class CaseJournal {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    private final DisputeCaseRepository cases;
    private final JournalEntryRepository journal;
    private final CaseFileRepository files;
    private final CaseFiles fileChecks;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseJournal(DisputeCaseRepository cases, JournalEntryRepository journal, CaseFileRepository files,
            CaseFiles fileChecks, CaseAccess caseAccess, CurrentUser currentUser, MemberService members,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.journal = journal;
        this.files = files;
        this.fileChecks = fileChecks;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** See {@link CaseService#addEntry}. */
    int addEntry(Long caseId, NewEntry entry) {
        DisputeCase dispute = caseAccess.requireWritable(caseId);
        return append(dispute, checkEntry(caseId, entry), members.directoryByUser()).getSequence();
    }

    /** See {@link CaseService#importEmail}. */
    int importEmail(Long caseId, Upload eml) {
        DisputeCase dispute = caseAccess.requireWritable(caseId);
        byte[] content = eml == null ? null : eml.content();
        if (content != null && content.length > CaseService.MAX_EMAIL_BYTES) {
            throw new PortalException("error.upload.too-large", CaseService.MAX_EMAIL_BYTES / (1024 * 1024));
        }
        EmailMessage message = EmailMessage.parse(content, clock.getZone());
        List<Upload> attached = message.attachments().stream()
                .map(a -> new Upload(a.fileName(), a.content())).toList();
        // an email is taken as it is: what exceeds an entry's limits is cut, visibly, rather than refused
        NewEntry entry = new NewEntry(EntryType.EXCHANGE,
                message.sentOn() == null ? LocalDate.now(clock) : message.sentOn(), Channel.EMAIL,
                Texts.cut(message.participants(), CaseService.MAX_PARTICIPANTS_CHARS),
                message.subject() == null ? "(email)"
                        : Texts.cut(message.subject().strip(), CaseService.MAX_TITLE_CHARS),
                message.body().isBlank() ? "—" : Texts.cut(message.body(), CaseService.MAX_BODY_CHARS), null, null,
                null, attached);
        Draft parsed = checkEntry(caseId, entry);
        List<CaseFiles.Checked> withOriginal = new ArrayList<>();
        withOriginal.add(fileChecks.originalEmail(eml.fileName(), content));
        withOriginal.addAll(parsed.files());
        return append(dispute, parsed.withFiles(withOriginal), members.directoryByUser()).getSequence();
    }

    /** Records a status change or another event of the case (an entry no person types). */
    void appendEvent(DisputeCase dispute, String event, String participants, String body,
            MemberDirectory directory) {
        append(dispute, new Draft(EntryType.STATUS_CHANGE, null, null, participants, event, body, null, null, null,
                List.of()), directory);
    }

    /** Whether the chain of stored hashes still matches the entries' content. */
    static JournalChain.Check chainOf(DisputeCase dispute, List<JournalEntry> entries) {
        return JournalChain.verify(entries.stream().map(e -> e.canonical(dispute.reference())).toList(),
                entries.stream().map(JournalEntry::getHash).toList());
    }

    /** The weak signals that count for the risk score, from entries in sequence order. */
    static List<RiskScore.Signal> signals(List<JournalEntry> entries) {
        Set<Integer> corrected = entries.stream().map(JournalEntry::getCorrectsSequence)
                .filter(Objects::nonNull).collect(Collectors.toSet());
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
        String title = Texts.bounded(entry.title(), CaseService.MAX_TITLE_CHARS);
        String body = Texts.bounded(entry.body(), CaseService.MAX_BODY_CHARS);
        String participants = Texts.bounded(entry.participants(), CaseService.MAX_PARTICIPANTS_CHARS);
        List<IncompleteEntryException.Missing> missing = missingFields(type, entry, title, body);
        if (!missing.isEmpty()) {
            throw new IncompleteEntryException(missing);
        }
        BigDecimal amount = entry.amount();
        if (amount != null && (amount.abs().compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new PortalException("error.case.amount");
        }
        Integer corrects = entry.corrects();
        if (corrects != null && (corrects < 1 || corrects > journal.countByCaseId(caseId))) {
            throw new PortalException("error.case.corrects");
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
     * consecutive sequence numbers and a linear chain; only the last entry's sequence and hash are
     * read, so an append costs the same on the thousandth entry as on the first.
     */
    private JournalEntry append(DisputeCase dispute, Draft draft, MemberDirectory directory) {
        cases.lockById(dispute.getId());
        JournalHead head = journal.findFirstByCaseIdOrderBySequenceDesc(dispute.getId())
                .orElse(new JournalHead(0, Digests.ZERO));
        Long me = currentUser.requireId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> attachmentLines = draft.files().stream()
                .map(f -> CanonicalEntry.attachmentLine(f.sha256(), f.fileName())).toList();
        String currency = draft.amount() == null ? null : dispute.getCurrency();
        CanonicalEntry canonical = new CanonicalEntry(dispute.reference(), head.sequence() + 1, draft.type().name(),
                draft.occurredOn(), draft.channel() == null ? null : draft.channel().name(), draft.participants(),
                draft.title(), draft.body(), draft.signal() == null ? null : draft.signal().name(),
                JournalEntry.amountText(draft.amount(), currency), draft.corrects(), attachmentLines, me,
                directory.nameOf(me), now, head.hash());
        // read before the new entry is stored: the threshold is crossed by this signal, not already
        List<RiskScore.Signal> signalsBefore = draft.type() == EntryType.WEAK_SIGNAL
                ? signals(journal.findSignalsAndCorrections(dispute.getId())) : null;
        JournalEntry saved = journal.save(new JournalEntry(dispute.getId(), canonical, draft.type(), draft.channel(),
                draft.signal(), draft.amount(), currency));
        for (CaseFiles.Checked file : draft.files()) {
            files.save(new CaseFile(dispute.getId(), saved.getId(), file, me, now));
        }
        dispute.touch(now);
        if (signalsBefore != null) {
            riskCheck(dispute, signalsBefore, draft);
        }
        return saved;
    }

    private void riskCheck(DisputeCase dispute, List<RiskScore.Signal> before, Draft draft) {
        LocalDate today = LocalDate.now(clock);
        RiskScore.Signal added = new RiskScore.Signal(draft.occurredOn(), draft.signal());
        List<RiskScore.Signal> after = new ArrayList<>(before);
        after.add(added);
        int score = RiskScore.on(today, after);
        dispute.riskAlerted(score >= RiskScore.ALERT_THRESHOLD);
        if (RiskScore.crossesThreshold(today, before, added)) {
            events.publishEvent(new RiskThresholdCrossed(dispute.tenantId(), dispute.getId(), dispute.getTitle(),
                    score, List.copyOf(caseAccess.freelancerAndLead(dispute))));
        }
    }
}
