package org.freelance.portal.cases;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseViews.BundleCheck;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.tenant.TenantAccess;
import org.springframework.stereotype.Component;

/** Evidence: the case's bundle (journal, files, report) for export, and the check of a bundle brought back. */
@Component
class CaseEvidence {

    private final JournalEntryRepository journal;
    private final CaseFileRepository files;
    private final CaseJournalReport report;
    private final CaseAccess caseAccess;
    private final CaseReading reading;
    private final TenantAccess access;
    private final Clock clock;

    CaseEvidence(JournalEntryRepository journal, CaseFileRepository files, CaseJournalReport report,
            CaseAccess caseAccess, CaseReading reading, TenantAccess access, Clock clock) {
        this.journal = journal;
        this.files = files;
        this.report = report;
        this.caseAccess = caseAccess;
        this.reading = reading;
        this.access = access;
        this.clock = clock;
    }

    byte[] evidenceBundle(Long caseId, String language) {
        DisputeCase dispute = caseAccess.requireParticipant(caseId);
        CaseDetail detail = reading.get(caseId);
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

    BundleCheck verifyBundle(Upload bundle) {
        byte[] content = bundle == null ? null : bundle.content();
        if (content == null || content.length == 0) {
            access.requireMember();
            throw new PortalException("error.upload.empty");
        }
        return verifyBundle(new ByteArrayInputStream(content));
    }

    BundleCheck verifyBundle(InputStream bundle) {
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
        DisputeCase dispute = caseAccess.readableByReference(result.caseReference());
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
}
