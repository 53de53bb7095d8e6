package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseFiles;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewViews.RequestSummary;

/**
 * The intake's mission step: what the mission is, its dates and price, the second-opinion request
 * of its contract if there was one, and the signed contract itself (attached at once, not with the
 * draft's fields).
 */
final class IntakeMissionStep extends Composite<VerticalLayout> {

    private final Function<org.freelance.portal.cases.CaseViews.Upload, Optional<FileView>> attach;
    final TextArea object = new TextArea();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final RadioButtonGroup<Pricing> pricing = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<RequestSummary> reviewRequest = new ComboBox<>();
    final Span contractStatus = new Span();

    /**
     * @param watch saves the draft when this field changes
     * @param attach attaches the contract to the draft (saving the draft first if it does not exist
     *        yet: empty when that failed, the save then says why); refuses it with a {@link PortalException}
     */
    IntakeMissionStep(Consumer<HasValue<?, ?>> watch,
            Function<org.freelance.portal.cases.CaseViews.Upload, Optional<FileView>> attach) {
        this.attach = attach;
        object.setLabel(getTranslation("case.field.mission-object"));
        object.setId("case-mission-object");
        object.setRequiredIndicatorVisible(true);
        object.setMaxLength(8000);
        start.setLabel(getTranslation("case.field.start"));
        start.setId("case-start");
        end.setLabel(getTranslation("case.field.end"));
        end.setId("case-end");
        DatePickers.french(start);
        DatePickers.french(end);
        pricing.setLabel(getTranslation("review.field.pricing"));
        pricing.setItems(Pricing.values());
        pricing.setItemLabelGenerator(p -> getTranslation("review.pricing." + p.name()));
        amount.setLabel(getTranslation("review.field.amount"));
        amount.setId("case-amount");
        amount.setSuffixComponent(new Span("€ HT"));
        reviewRequest.setLabel(getTranslation("case.field.review"));
        reviewRequest.setId("case-review");
        reviewRequest.setHelperText(getTranslation("case.field.review.help"));
        reviewRequest.setItemLabelGenerator(r -> r.title() + " — " + r.clientName());
        reviewRequest.setClearButtonVisible(true);
        FormLayout form = new FormLayout(object, start, end, pricing, amount, reviewRequest);
        form.setColspan(object, 2);
        form.setColspan(reviewRequest, 2);
        List.<HasValue<?, ?>>of(object, start, end, pricing, amount, reviewRequest).forEach(watch);

        Upload upload = BoundedUpload.create(CaseFiles.MAX_BYTES, 1, file -> {
            try {
                attachContract(file.fileName(), file.bytes());
            } finally {
                file.delete();
            }
        }, () -> showContractStatus(getTranslation("error.upload.too-large", 20), true));
        upload.setId("case-contract-upload");
        contractStatus.setId("case-contract-status");
        VerticalLayout step = getContent();
        step.add(form, new H3(getTranslation("case.contract")), new Paragraph(getTranslation("case.contract.help")),
                upload, contractStatus);
        step.setPadding(false);
    }

    /** The member's own second-opinion requests, one of which the case may refer to. */
    void offerReviews(List<RequestSummary> requests) {
        reviewRequest.setItems(requests);
    }

    void fill(CaseIntake.Mission mission, FileView contract) {
        object.setValue(Objects.toString(mission.object(), ""));
        start.setValue(mission.start());
        end.setValue(mission.end());
        pricing.setValue(mission.pricing());
        amount.setValue(mission.amount());
        Long review = mission.reviewRequestId();
        reviewRequest.getListDataView().getItems().filter(r -> r.id().equals(review)).findFirst()
                .ifPresent(reviewRequest::setValue);
        if (contract != null) {
            showContract(contract);
        }
    }

    CaseIntake.Mission read() {
        return new CaseIntake.Mission(object.getValue(), start.getValue(), end.getValue(), pricing.getValue(),
                amount.getValue(), reviewRequest.getValue() == null ? null : reviewRequest.getValue().id());
    }

    void attachContract(String fileName, byte[] content) {
        try {
            attach.apply(new org.freelance.portal.cases.CaseViews.Upload(fileName, content)).ifPresent(this::showContract);
        } catch (PortalException failure) {
            showContractStatus(UserMessages.of(failure), true);
        }
    }

    private void showContract(FileView file) {
        showContractStatus(getTranslation("case.contract.attached", file.fileName(),
                Formats.size(file.sizeBytes())), false);
    }

    private void showContractStatus(String text, boolean error) {
        contractStatus.setText(text);
        if (error) {
            contractStatus.addClassName("portal-error");
        } else {
            contractStatus.removeClassName("portal-error");
        }
    }
}
