package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.TenantDownload;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.StoredFile;

/**
 * A file of a case (a journal attachment, the intake's contract) as a link with its name and size;
 * its SHA-256 shows on hover, so what was downloaded can be compared with the journal.
 */
final class CaseFileLink extends Composite<Anchor> {

    CaseFileLink(CaseService cases, Long caseId, String community, FileView file) {
        Long fileId = file.id();
        Anchor link = getContent();
        link.setHref(TenantDownload.handler(community, () -> {
            StoredFile stored = cases.file(caseId, fileId);
            return new TenantDownload.File(stored.fileName(), stored.mediaType(), stored.content());
        }));
        link.setText(getTranslation("case.file.link", file.fileName(), Formats.size(file.sizeBytes())));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", "SHA-256 " + file.sha256());
        link.addClassName("portal-file-link");
    }
}
