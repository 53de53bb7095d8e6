package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.BundleCheck;
import org.freelance.portal.cases.EvidenceBundle;

/**
 * Checks an evidence bundle someone hands over: whether it is intact, what was altered, removed or
 * added, and whether it still matches the journal held by the portal when it is a case the member
 * may read.
 */
@Route("c/:slug/" + CaseListView.PAGE + "/verify")
@PermitAll
public class BundleVerifyView extends VerticalLayout implements HasDynamicTitle {

    private final CaseService cases;
    final VerticalLayout result = new VerticalLayout();

    public BundleVerifyView(CaseService cases) {
        this.cases = cases;
        addClassName("portal-page");
        setId("bundle-verify");
        Upload upload = BoundedUpload.create(EvidenceBundle.MAX_BUNDLE_BYTES, 1, this::verify,
                () -> showError(getTranslation("error.upload.too-large", EvidenceBundle.MAX_BUNDLE_BYTES / (1024 * 1024))));
        upload.setId("bundle-upload");
        upload.setAcceptedFileTypes(".zip", "application/zip");
        result.setId("bundle-result");
        result.setPadding(false);
        add(new H2(getTranslation("case.verify.title")), new Paragraph(getTranslation("case.verify.intro")), upload,
                result);
    }

    void verify(byte[] content) {
        result.removeAll();
        try {
            show(cases.verifyBundle(new org.freelance.portal.cases.CaseViews.Upload("bundle.zip", content)));
        } catch (PortalException failure) {
            showError(UserMessages.of(failure));
        }
    }

    /** Reads the uploaded bundle from its temporary file as a stream, then deletes it. */
    private void verify(BoundedUpload.Received file) {
        result.removeAll();
        try (InputStream in = file.open()) {
            show(cases.verifyBundle(in));
        } catch (PortalException failure) {
            showError(UserMessages.of(failure));
        } catch (IOException e) {
            showError(getTranslation("error.upload.unreadable"));
        } finally {
            file.delete();
        }
    }

    private void showError(String message) {
        result.removeAll();
        Paragraph error = new Paragraph(message);
        error.addClassName("portal-error");
        result.add(error);
    }

    private void show(BundleCheck check) {
        EvidenceBundle.Report report = check.report();
        Paragraph verdict = new Paragraph();
        verdict.setId("bundle-verdict");
        boolean notABundle = report.problems().stream()
                .anyMatch(p -> p.kind() == EvidenceBundle.ProblemKind.NOT_A_BUNDLE);
        if (report.intact()) {
            verdict.setText(getTranslation("case.verify.intact", report.caseReference(), report.entries()));
            verdict.addClassName("portal-ok");
        } else if (notABundle) {
            // any file at all is not an "altered bundle with 1 problem": say what it is, and only that
            verdict.setText(getTranslation("case.verify.problem.NOT_A_BUNDLE", ""));
            verdict.addClassName("portal-error");
            result.add(verdict);
            return;
        } else {
            verdict.setText(getTranslation("case.verify.altered", report.problems().size()));
            verdict.addClassName("portal-error");
        }
        result.add(verdict);
        if (!report.intact()) {
            UnorderedList problems = new UnorderedList();
            problems.setId("bundle-problems");
            report.problems().forEach(p -> problems.add(new ListItem(getTranslation(
                    "case.verify.problem." + p.kind().name(), p.subject()))));
            result.add(new H3(getTranslation("case.verify.problems")), problems);
        }
        if (check.matchesPortal() != null) {
            Paragraph portal = new Paragraph(check.matchesPortal()
                    ? getTranslation("case.verify.portal.match", check.matchedEntries(), check.portalEntries())
                    : check.firstDifferentEntry() == null ? getTranslation("case.verify.portal.empty")
                    : getTranslation("case.verify.portal.differs", check.firstDifferentEntry()));
            portal.setId("bundle-portal");
            portal.addClassName(check.matchesPortal() ? "portal-ok" : "portal-error");
            result.add(portal);
        } else if (report.intact()) {
            result.add(new Paragraph(getTranslation("case.verify.portal.unknown")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.verify.title");
    }
}
