package org.freelance.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.ContractTextExtractor;
import org.freelance.portal.review.ReviewService;

/**
 * The requester adds a new version of the contract, uploaded (one file, size-bounded) or pasted; a
 * refused version keeps the dialog open with what was given. The uploaded file never outlives the
 * dialog.
 */
class VersionDialog extends Dialog {

    private BoundedUpload.Received file;

    VersionDialog(ReviewService reviews, Long requestId, Runnable added) {
        setHeaderTitle(getTranslation("review.new-version"));
        setId("version-dialog");
        Span status = new Span();
        Paragraph error = new Paragraph();
        error.addClassName("portal-error");
        Upload upload = BoundedUpload.create(ContractTextExtractor.MAX_BYTES, 1, received -> {
            discard();
            file = received;
            status.setText(getTranslation("review.file.ready", received.fileName()));
        }, () -> error.setText(getTranslation("error.upload.too-large", ContractTextExtractor.MAX_BYTES / (1024 * 1024))));
        upload.addFileRemovedListener(e -> {
            discard();
            status.setText("");
        });
        // the dialog closed or the page left: the file on disk goes too
        addDetachListener(e -> discard());
        TextArea pasted = new TextArea(getTranslation("review.tab.paste"));
        pasted.setId("version-paste");
        pasted.setWidthFull();
        pasted.setMinHeight("10rem");
        Button save = new Button(getTranslation("review.new-version.save"), e -> {
            try {
                ContractInput input = file != null ? ContractInput.upload(file.bytes(), file.fileName())
                        : ContractInput.paste(pasted.getValue());
                int number = reviews.addVersion(requestId, input);
                discard();
                close();
                Notifications.success(getTranslation("review.new-version.saved", number));
                added.run();
            } catch (PortalException failure) {
                error.setText(UserMessages.of(failure));
            }
        });
        save.setId("version-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(upload, status, pasted, error));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("40rem");
    }

    private void discard() {
        if (file != null) {
            file.delete();
            file = null;
        }
    }
}
