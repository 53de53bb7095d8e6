package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.Upload;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Imports an {@code .eml} file as a journal entry. Reading a large email takes time, so the import
 * runs in a background thread, outside the session's lock (the person's other tabs stay usable), with
 * a progress bar; the page polls until it ends, then shows the result through {@code UI.access}.
 */
class EmailImportPanel extends Composite<VerticalLayout> {

    private final CaseService cases;
    private final Long caseId;
    private final String community;
    private final Runnable imported;
    final Paragraph status = new Paragraph();
    final ProgressBar progress = new ProgressBar();
    private final com.vaadin.flow.component.upload.Upload upload;
    private boolean polling;

    /** @param imported runs in the UI once an email has become an entry */
    EmailImportPanel(CaseService cases, Long caseId, String community, Runnable imported) {
        this.cases = cases;
        this.caseId = caseId;
        this.community = community;
        this.imported = imported;
        upload = BoundedUpload.create(CaseService.MAX_EMAIL_BYTES, 1, this::start,
                () -> failed(getTranslation("error.upload.too-large", CaseService.MAX_EMAIL_BYTES / (1024 * 1024))));
        upload.setId("email-upload");
        upload.setAcceptedFileTypes(".eml", "message/rfc822");
        status.setId("email-status");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("email-progress");
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("case.email.help")), upload, progress, status);
        addDetachListener(e -> stopPolling());
    }

    /** Starts importing a received file (deleted once read); the future ends after the UI was told. */
    CompletableFuture<Void> start(BoundedUpload.Received file) {
        UI ui = UI.getCurrent();
        status.setText(getTranslation("case.email.importing", file.fileName()));
        status.removeClassName("portal-error");
        progress.setVisible(true);
        upload.setEnabled(false);
        // without server push, the page asks for what changed every half second until the import ends
        ui.setPollInterval(500);
        polling = true;
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            try {
                Upload eml = new Upload(file.fileName(), file.bytes());
                file.delete();
                int sequence = TenantScope.call(community, () -> cases.importEmail(caseId, eml));
                access(ui, () -> succeeded(sequence));
            } catch (RuntimeException failure) {
                access(ui, () -> failed(UserMessages.of(failure)));
            } finally {
                file.delete();
                done.complete(null);
            }
        });
        Thread.ofVirtual().name("email-import-" + caseId).start(task);
        return done;
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (RuntimeException detached) {
            // the page was closed meanwhile: nobody is left to tell
        }
    }

    private void succeeded(int sequence) {
        finish();
        Notifications.success(getTranslation("case.email.imported", sequence));
        status.setText("");
        imported.run();
    }

    private void failed(String message) {
        finish();
        status.setText(message);
        status.addClassName("portal-error");
    }

    private void finish() {
        stopPolling();
        progress.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
    }

    private void stopPolling() {
        if (polling) {
            polling = false;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }
}
