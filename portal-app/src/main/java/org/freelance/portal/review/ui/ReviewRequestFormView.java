package org.freelance.portal.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.ContractTextExtractor;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * Asking for a second opinion: the mission, then the contract (a file or pasted text). A refusal
 * shows its message on the field concerned and keeps everything typed and the file chosen.
 */
@Route("c/:slug/" + ReviewListView.PAGE + "/new")
@PermitAll
public class ReviewRequestFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    final TextField title = new TextField();
    final TextField client = new TextField();
    final TextField identifier = new TextField();
    final RadioButtonGroup<Pricing> pricing = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final TextArea context = new TextArea();
    final TextArea pasted = new TextArea();
    final Span fileStatus = new Span();
    final Paragraph contractError = new Paragraph();
    private final TabSheet contractTabs = new TabSheet();
    /** The uploaded contract, on disk until the request is created or the form is left. */
    private BoundedUpload.Received uploaded;
    final LeaveGuard leaveGuard;

    public ReviewRequestFormView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("portal-page");
        setId("review-form");

        title.setLabel(getTranslation("review.field.title"));
        title.setId("review-title");
        title.setRequiredIndicatorVisible(true);
        title.setPlaceholder(getTranslation("review.field.title.placeholder"));
        client.setLabel(getTranslation("review.field.client"));
        client.setId("review-client");
        client.setRequiredIndicatorVisible(true);
        identifier.setLabel(getTranslation("review.field.identifier"));
        identifier.setId("review-identifier");
        identifier.setHelperText(getTranslation("review.field.identifier.help"));
        pricing.setLabel(getTranslation("review.field.pricing"));
        pricing.setItems(Pricing.values());
        pricing.setItemLabelGenerator(p -> getTranslation("review.pricing." + p.name()));
        pricing.setValue(Pricing.DAILY_RATE);
        amount.setLabel(getTranslation("review.field.amount"));
        amount.setId("review-amount");
        amount.setSuffixComponent(new Span("€ HT"));
        start.setLabel(getTranslation("review.field.start"));
        end.setLabel(getTranslation("review.field.end"));
        DatePickers.french(start);
        DatePickers.french(end);
        context.setLabel(getTranslation("review.field.context"));
        context.setMaxLength(ReviewService.MAX_CONTEXT_CHARS);
        FormLayout mission = new FormLayout(title, client, identifier, pricing, amount, start, end, context);
        mission.setColspan(title, 2);
        mission.setColspan(context, 2);

        Upload upload = BoundedUpload.create(ContractTextExtractor.MAX_BYTES, 1, file -> {
            discardUpload();
            uploaded = file;
            fileStatus.setText(getTranslation("review.file.ready", file.fileName()));
        }, () -> contractFailure(getTranslation("error.upload.too-large", ContractTextExtractor.MAX_BYTES / (1024 * 1024))));
        upload.setId("review-upload");
        upload.addFileRemovedListener(e -> {
            discardUpload();
            fileStatus.setText("");
        });
        addDetachListener(e -> discardUpload());
        fileStatus.setId("review-file-status");
        VerticalLayout fileTab = new VerticalLayout(new Paragraph(getTranslation("review.file.help")), upload,
                fileStatus);
        fileTab.setPadding(false);
        pasted.setId("review-paste");
        pasted.setWidthFull();
        pasted.setMinHeight("16rem");
        pasted.setPlaceholder(getTranslation("review.paste.placeholder"));
        contractTabs.add(getTranslation("review.tab.file"), fileTab);
        contractTabs.add(getTranslation("review.tab.paste"), pasted);
        contractTabs.setWidthFull();
        contractError.setId("review-contract-error");
        contractError.addClassName("portal-error");
        contractError.setVisible(false);

        Button submit = new Button(getTranslation("review.submit"), e -> submit());
        submit.setId("review-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2(getTranslation("review.new")), new Paragraph(getTranslation("review.new.intro")),
                new H3(getTranslation("review.section.mission")), mission, new H3(getTranslation("review.section.contract")),
                contractTabs, contractError, submit);
        leaveGuard = LeaveGuard.forFields(this, title, client, identifier, amount, context, pasted);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the community guard has already checked membership; nothing to load
    }

    void submit() {
        Map<String, HasValidation> fields = Map.of("error.review.title", title, "error.review.client-name", client,
                "error.company.identifier", identifier, "error.review.amount", amount, "error.review.dates", end);
        fields.values().forEach(f -> f.setInvalid(false));
        contractError.setVisible(false);
        boolean useFile = contractTabs.getSelectedIndex() == 0 && uploaded != null;
        ContractInput contract = useFile ? ContractInput.upload(uploaded.bytes(), uploaded.fileName())
                : ContractInput.paste(pasted.getValue());
        try {
            Long id = reviews.create(new MissionContext(title.getValue(), client.getValue(), identifier.getValue(),
                    pricing.getValue(), amount.getValue(), start.getValue(), end.getValue(), context.getValue()),
                    contract);
            discardUpload();
            Notifications.success(getTranslation("review.created"));
            leaveGuard.markSaved();
            String slug = CommunityContext.current().orElseThrow().slug();
            UI.getCurrent().navigate(CommunityContext.path(slug, ReviewListView.PAGE + "/" + id));
        } catch (PortalException failure) {
            String message = UserMessages.of(failure);
            HasValidation field = fields.get(failure.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                contractFailure(message);
            }
        }
    }

    private void contractFailure(String message) {
        contractError.setText(message);
        contractError.setVisible(true);
    }

    private void discardUpload() {
        if (uploaded != null) {
            uploaded.delete();
            uploaded = null;
        }
    }

    /** For tests: a file as if the browser had uploaded it. */
    void acceptUpload(byte[] content, String name) {
        discardUpload();
        uploaded = BoundedUpload.store(name, content);
        contractTabs.setSelectedIndex(0);
        fileStatus.setText(getTranslation("review.file.ready", name));
    }

    void choosePaste() {
        contractTabs.setSelectedIndex(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.new");
    }
}
