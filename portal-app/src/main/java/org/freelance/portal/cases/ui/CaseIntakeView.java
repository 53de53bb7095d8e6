package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.PendingInput;
import org.freelance.portal.base.ui.StepSheet;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseFiles;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.DraftSaved;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * Opening a case, step by step: the client and how it was vetted, the mission and its scope, the
 * problem. The draft is saved as the member types (the address becomes {@code cases/<id>/edit}, so
 * a reload finds it); submitting checks it and, on a refusal, shows the message on the field
 * concerned, opens its step and keeps everything typed.
 */
@Route("c/:slug/" + CaseListView.PAGE + "/new")
@RouteAlias("c/:slug/" + CaseListView.PAGE + "/:id/edit")
@PermitAll
public class CaseIntakeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int STEP_CLIENT = 0;
    static final int STEP_VETTING = 1;
    static final int STEP_MISSION = 2;
    static final int STEP_SCOPING = 3;
    static final int STEP_PROBLEM = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CaseService cases;
    private final ReviewService reviews;
    private final Clock clock;
    Long caseId;
    private boolean loading;

    final TextField title = new TextField();
    final TextField clientName = new TextField();
    final TextField identifier = new TextField();
    final TextArea address = new TextArea();
    final VerticalLayout contactRows = new VerticalLayout();
    final List<ContactRow> contacts = new ArrayList<>();
    final Paragraph contactsError = new Paragraph();
    final Map<VettingItem, RadioButtonGroup<VettingAnswer>> vettingAnswers = new EnumMap<>(VettingItem.class);
    final Map<VettingItem, TextField> vettingNotes = new EnumMap<>(VettingItem.class);
    final TextArea missionObject = new TextArea();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final RadioButtonGroup<Pricing> pricing = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final ComboBox<RequestSummary> reviewRequest = new ComboBox<>();
    final Span contractStatus = new Span();
    final TextArea objectives = new TextArea();
    final VerticalLayout phaseRows = new VerticalLayout();
    final List<PhaseRow> phases = new ArrayList<>();
    final TextArea roles = new TextArea();
    final TextArea outOfScope = new TextArea();
    final Select<ProblemCategory> category = new Select<>();
    final TextArea description = new TextArea();
    final TextArea desiredOutcome = new TextArea();
    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    final Span saveStatus = new Span();
    final StepSheet steps = new StepSheet();
    /** Fields whose last typed value the save refused: marked, and named in the save status. */
    final Set<HasValidation> refused = new LinkedHashSet<>();
    final LeaveGuard leaveGuard;
    final DraftDeleteButton deleteDraft;

    public CaseIntakeView(CaseService cases, ReviewService reviews, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.clock = clock;
        deleteDraft = new DraftDeleteButton(cases, () -> caseId, () -> {
            refused.clear();
            caseId = null;
        });
        addClassName("portal-page");
        setId("case-intake");

        title.setLabel(getTranslation("case.field.title"));
        title.setId("case-title");
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setPlaceholder(getTranslation("case.field.title.placeholder"));
        saveStatus.setId("case-save-status");
        saveStatus.addClassName("portal-muted");
        saveStatus.getElement().setAttribute("aria-live", "polite");

        steps.setId("case-steps");
        steps.setWidthFull();
        steps.add(getTranslation("case.step.client"), clientStep());
        steps.add(getTranslation("case.step.vetting"), vettingStep());
        steps.add(getTranslation("case.step.mission"), missionStep());
        steps.add(getTranslation("case.step.scoping"), scopingStep());
        steps.add(getTranslation("case.step.problem"), problemStep());

        Button previous = new Button(getTranslation("case.step.previous"), VaadinIcon.ARROW_LEFT.create(),
                e -> steps.setSelectedIndex(Math.max(0, steps.getSelectedIndex() - 1)));
        previous.setId("case-previous");
        Button next = new Button(getTranslation("case.step.next"), VaadinIcon.ARROW_RIGHT.create(),
                e -> steps.setSelectedIndex(Math.min(STEP_PROBLEM, steps.getSelectedIndex() + 1)));
        next.setId("case-next");
        next.setIconAfterText(true);
        Button submit = new Button(getTranslation("case.submit"), e -> submit());
        submit.setId("case-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        previous.setEnabled(false);
        steps.addSelectedChangeListener(index -> {
            previous.setEnabled(index > 0);
            next.setEnabled(index < STEP_PROBLEM);
        });
        HorizontalLayout actions = new HorizontalLayout(previous, next, submit, saveStatus, deleteDraft);
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");

        Paragraph intro = new Paragraph(getTranslation("case.new.intro"));
        intro.addClassName("portal-muted");
        add(new H2(getTranslation("case.new")), intro, title, steps, actions);
        watch(title);
        limitLengths();
        leaveGuard = LeaveGuard.forAutosave(this, () -> !refused.isEmpty());
        PendingInput.sendBeforePresses(this);
    }

    /** The lengths the service keeps, so that nothing shown on screen is cut when saved. */
    private void limitLengths() {
        List.of(title, clientName).forEach(f -> f.setMaxLength(200));
        identifier.setMaxLength(40);
        address.setMaxLength(2000);
        vettingNotes.values().forEach(f -> f.setMaxLength(2000));
        List.of(missionObject, objectives, roles, outOfScope, desiredOutcome).forEach(f -> f.setMaxLength(8000));
        description.setMaxLength(20_000);
    }

    // --- steps ------------------------------------------------------------------------------------

    private Component clientStep() {
        clientName.setLabel(getTranslation("case.field.client"));
        clientName.setId("case-client");
        clientName.setRequiredIndicatorVisible(true);
        identifier.setLabel(getTranslation("case.field.identifier"));
        identifier.setId("case-identifier");
        identifier.setHelperText(getTranslation("case.field.identifier.help"));
        address.setLabel(getTranslation("case.field.address"));
        address.setId("case-address");
        FormLayout form = new FormLayout(clientName, identifier, address);
        form.setColspan(address, 2);
        watch(clientName, identifier, address);
        contactRows.setPadding(false);
        contactRows.setId("case-contacts");
        contactsError.addClassName("portal-error");
        contactsError.setId("case-contacts-error");
        contactsError.setVisible(false);
        Button addContact = new Button(getTranslation("case.contact.add"), VaadinIcon.PLUS.create(),
                e -> addContact(new CaseIntake.Contact(null, null, null, null)));
        addContact.setId("case-contact-add");
        VerticalLayout step = new VerticalLayout(form, new H3(getTranslation("case.contacts")), contactRows,
                contactsError, addContact);
        step.setPadding(false);
        return step;
    }

    private Component vettingStep() {
        VerticalLayout step = new VerticalLayout(new Paragraph(getTranslation("case.vetting.intro")));
        step.setPadding(false);
        for (VettingItem item : VettingItem.values()) {
            RadioButtonGroup<VettingAnswer> answer = new RadioButtonGroup<>();
            answer.setId("vetting-" + item.name());
            answer.setLabel(CaseLabels.label(this, item));
            answer.setItems(VettingAnswer.values());
            answer.setItemLabelGenerator(a -> CaseLabels.label(this, a));
            TextField note = new TextField();
            note.setId("vetting-note-" + item.name());
            note.setPlaceholder(getTranslation("case.vetting.note"));
            note.setAriaLabel(getTranslation("case.vetting.note") + " — " + CaseLabels.label(this, item));
            note.setWidthFull();
            vettingAnswers.put(item, answer);
            vettingNotes.put(item, note);
            watch(answer, note);
            step.add(answer, note);
        }
        return step;
    }

    private Component missionStep() {
        missionObject.setLabel(getTranslation("case.field.mission-object"));
        missionObject.setId("case-mission-object");
        missionObject.setRequiredIndicatorVisible(true);
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
        FormLayout form = new FormLayout(missionObject, start, end, pricing, amount, reviewRequest);
        form.setColspan(missionObject, 2);
        form.setColspan(reviewRequest, 2);
        watch(missionObject, start, end, pricing, amount, reviewRequest);

        Upload upload = BoundedUpload.create(CaseFiles.MAX_BYTES, 1, file -> {
            try {
                attachContract(file.fileName(), file.bytes());
            } finally {
                file.delete();
            }
        }, () -> showContractStatus(getTranslation("error.upload.too-large", 20), true));
        upload.setId("case-contract-upload");
        contractStatus.setId("case-contract-status");
        VerticalLayout step = new VerticalLayout(form, new H3(getTranslation("case.contract")),
                new Paragraph(getTranslation("case.contract.help")), upload, contractStatus);
        step.setPadding(false);
        return step;
    }

    private Component scopingStep() {
        objectives.setLabel(getTranslation("case.field.objectives"));
        objectives.setId("case-objectives");
        objectives.setHelperText(getTranslation("case.field.objectives.help"));
        objectives.setWidthFull();
        roles.setLabel(getTranslation("case.field.roles"));
        roles.setId("case-roles");
        roles.setWidthFull();
        outOfScope.setLabel(getTranslation("case.field.out-of-scope"));
        outOfScope.setId("case-out-of-scope");
        outOfScope.setWidthFull();
        watch(objectives, roles, outOfScope);
        phaseRows.setPadding(false);
        phaseRows.setId("case-phases");
        Button addPhase = new Button(getTranslation("case.phase.add"), VaadinIcon.PLUS.create(),
                e -> addPhase(new CaseIntake.Phase(null, null)));
        addPhase.setId("case-phase-add");
        VerticalLayout step = new VerticalLayout(objectives, new H3(getTranslation("case.phases")), phaseRows, addPhase,
                roles, outOfScope);
        step.setPadding(false);
        return step;
    }

    private Component problemStep() {
        category.setLabel(getTranslation("case.field.category"));
        category.setId("case-category");
        category.setItems(ProblemCategory.values());
        category.setItemLabelGenerator(c -> CaseLabels.label(this, c));
        category.setRequiredIndicatorVisible(true);
        category.setWidthFull();
        category.setMaxWidth("24rem");
        description.setLabel(getTranslation("case.field.description"));
        description.setId("case-description");
        description.setRequiredIndicatorVisible(true);
        description.setWidthFull();
        description.setMinHeight("8rem");
        desiredOutcome.setLabel(getTranslation("case.field.outcome"));
        desiredOutcome.setId("case-outcome");
        desiredOutcome.setWidthFull();
        urgency.setLabel(getTranslation("case.field.urgency"));
        urgency.setId("case-urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> CaseLabels.label(this, u));
        urgency.setRequiredIndicatorVisible(true);
        watch(category, description, desiredOutcome, urgency);
        VerticalLayout step = new VerticalLayout(category, description, desiredOutcome, urgency);
        step.setPadding(false);
        return step;
    }

    ContactRow addContact(CaseIntake.Contact contact) {
        ContactRow row = new ContactRow(contact, field -> watch(field), removed -> {
            contacts.remove(removed);
            contactRows.remove(removed);
            autosave();
        });
        contacts.add(row);
        contactRows.add(row);
        return row;
    }

    PhaseRow addPhase(CaseIntake.Phase phase) {
        PhaseRow row = new PhaseRow(phase, field -> watch(field), removed -> {
            phases.remove(removed);
            phaseRows.remove(removed);
            autosave();
        });
        phases.add(row);
        phaseRows.add(row);
        return row;
    }

    // --- loading and saving -----------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loading = true;
        try {
            reviewRequest.setItems(reviews.mine());
            String id = event.getRouteParameters().get("id").orElse(null);
            if (id == null) {
                caseId = null;
                deleteDraft.refresh();
                return;
            }
            try {
                caseId = Long.valueOf(id);
            } catch (NumberFormatException e) {
                event.rerouteToError(new NotFoundException(), "");
                return;
            }
            CaseDetail detail = cases.get(caseId);
            if (!detail.permissions().canEditDraft()) {
                event.forwardTo(CommunityContext.path(slug(), CaseListView.PAGE + "/" + caseId));
                return;
            }
            fill(detail);
            deleteDraft.refresh();
        } finally {
            loading = false;
        }
    }

    private void fill(CaseDetail detail) {
        CaseIntake intake = detail.intake();
        title.setValue(Objects.toString(intake.title(), ""));
        clientName.setValue(Objects.toString(intake.client().name(), ""));
        identifier.setValue(Objects.toString(intake.client().identifier(), ""));
        address.setValue(Objects.toString(intake.client().address(), ""));
        intake.client().contacts().forEach(this::addContact);
        intake.vetting().forEach((item, v) -> {
            vettingAnswers.get(item).setValue(v.answer());
            vettingNotes.get(item).setValue(Objects.toString(v.note(), ""));
        });
        missionObject.setValue(Objects.toString(intake.mission().object(), ""));
        start.setValue(intake.mission().start());
        end.setValue(intake.mission().end());
        pricing.setValue(intake.mission().pricing());
        amount.setValue(intake.mission().amount());
        Long review = intake.mission().reviewRequestId();
        reviewRequest.getListDataView().getItems().filter(r -> r.id().equals(review)).findFirst()
                .ifPresent(reviewRequest::setValue);
        objectives.setValue(Objects.toString(intake.scoping().objectives(), ""));
        intake.scoping().phases().forEach(this::addPhase);
        roles.setValue(Objects.toString(intake.scoping().roles(), ""));
        outOfScope.setValue(Objects.toString(intake.scoping().outOfScope(), ""));
        category.setValue(intake.problem().category());
        description.setValue(Objects.toString(intake.problem().description(), ""));
        desiredOutcome.setValue(Objects.toString(intake.problem().desiredOutcome(), ""));
        urgency.setValue(intake.problem().urgency());
        if (detail.contract() != null) {
            showContract(detail.contract());
        }
    }

    CaseIntake read() {
        Map<VettingItem, CaseIntake.Vetting> vetting = new EnumMap<>(VettingItem.class);
        for (VettingItem item : VettingItem.values()) {
            VettingAnswer answer = vettingAnswers.get(item).getValue();
            String note = vettingNotes.get(item).getValue();
            if (answer != null || !note.isBlank()) {
                vetting.put(item, new CaseIntake.Vetting(answer, note));
            }
        }
        return new CaseIntake(title.getValue(),
                new CaseIntake.Client(clientName.getValue(), identifier.getValue(), address.getValue(),
                        contacts.stream().map(ContactRow::value).toList()),
                vetting,
                new CaseIntake.Mission(missionObject.getValue(), start.getValue(), end.getValue(), pricing.getValue(),
                        amount.getValue(), reviewRequest.getValue() == null ? null : reviewRequest.getValue().id()),
                new CaseIntake.Scoping(objectives.getValue(), phases.stream().map(PhaseRow::value).toList(),
                        roles.getValue(), outOfScope.getValue()),
                new CaseIntake.Problem(category.getValue(), description.getValue(), desiredOutcome.getValue(),
                        urgency.getValue()));
    }

    /**
     * Saves the draft as typed; the first save creates it and moves the address to its edit page.
     * A field the service refuses is marked and named in the status, and everything else is saved;
     * the step shown does not change under the user's hands.
     */
    boolean autosave() {
        if (loading) {
            return false;
        }
        try {
            CaseIntake intake = read();
            if (caseId == null) {
                caseId = cases.createDraft(CaseIntake.EMPTY);
                deleteDraft.refresh();
                UI.getCurrent().getPage().getHistory().replaceState(null,
                        CommunityContext.path(slug(), CaseListView.PAGE + "/" + caseId + "/edit"));
            }
            DraftSaved saved = cases.saveDraft(caseId, intake);
            markRefused(saved.refused());
            String time = LocalTime.now(clock).format(TIME);
            if (refused.isEmpty()) {
                saveStatus.setText(getTranslation("case.draft.saved", time));
                saveStatus.removeClassName("portal-error");
            } else {
                saveStatus.setText(getTranslation("case.draft.saved-except", time, refused.stream()
                        .map(f -> ((com.vaadin.flow.component.HasLabel) f).getLabel())
                        .collect(java.util.stream.Collectors.joining(", "))));
                saveStatus.addClassName("portal-error");
            }
            leaveGuard.refresh();
            return refused.isEmpty();
        } catch (PortalException failure) {
            show(failure, false);
            saveStatus.setText(getTranslation("case.draft.not-saved", UserMessages.of(failure)));
            saveStatus.addClassName("portal-error");
            return false;
        }
    }

    /** Marks the fields refused by this save and clears the marks of those it accepted again. */
    private void markRefused(List<String> keys) {
        refused.forEach(f -> f.setInvalid(false));
        refused.clear();
        for (String key : keys) {
            Target target = targetOf(key);
            if (target != null && target.field() != null) {
                target.field().setErrorMessage(UserMessages.of(new PortalException(key)));
                target.field().setInvalid(true);
                refused.add(target.field());
            }
        }
    }

    void submit() {
        clearErrors();
        if (!autosave()) {
            refused.stream().findFirst().map(this::stepOf).filter(step -> step >= 0).ifPresent(steps::setSelectedIndex);
            return;
        }
        try {
            cases.submit(caseId);
            Notifications.success(getTranslation("case.submitted"));
            UI.getCurrent().navigate(CommunityContext.path(slug(), CaseListView.PAGE + "/" + caseId));
        } catch (PortalException failure) {
            show(failure, true);
        }
    }

    void attachContract(String fileName, byte[] content) {
        if (caseId == null && !autosave()) {
            return;
        }
        try {
            showContract(cases.attachContract(caseId, new org.freelance.portal.cases.CaseViews.Upload(fileName, content)));
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

    private void clearErrors() {
        List.<HasValidation>of(title, clientName, identifier, missionObject, end, amount, reviewRequest, category,
                description, urgency).forEach(f -> f.setInvalid(false));
        contactsError.setVisible(false);
    }

    private record Target(HasValidation field, int step) {
    }

    /** The field a refusal is about and the step holding it (-1 for the title, above the steps); null if none. */
    private Target targetOf(String key) {
        return switch (key) {
            case "error.case.title" -> new Target(title, -1);
            case "error.case.client-name" -> new Target(clientName, STEP_CLIENT);
            case "error.company.identifier" -> new Target(identifier, STEP_CLIENT);
            case "error.case.contact-name", "error.case.contact-email", "error.case.contact-phone" ->
                    new Target(null, STEP_CLIENT);
            case "error.case.mission-object" -> new Target(missionObject, STEP_MISSION);
            case "error.case.mission-dates" -> new Target(end, STEP_MISSION);
            case "error.case.amount" -> new Target(amount, STEP_MISSION);
            case "error.case.review-request" -> new Target(reviewRequest, STEP_MISSION);
            case "error.case.problem-category" -> new Target(category, STEP_PROBLEM);
            case "error.case.problem-description" -> new Target(description, STEP_PROBLEM);
            case "error.case.urgency" -> new Target(urgency, STEP_PROBLEM);
            default -> null;
        };
    }

    /** The step holding a field that can be refused while saving (only the amount today). */
    private int stepOf(HasValidation field) {
        return field == amount ? STEP_MISSION : -1;
    }

    /**
     * Puts the refusal on its field and, when {@code open}, opens the step holding it (on submit,
     * not while the user types elsewhere); nothing typed is touched.
     */
    private void show(PortalException failure, boolean open) {
        String message = UserMessages.of(failure);
        Target target = targetOf(failure.messageKey());
        if (target == null) {
            Notifications.error(message);
            return;
        }
        if (target.field() != null) {
            target.field().setErrorMessage(message);
            target.field().setInvalid(true);
        } else {
            contactsError.setText(message);
            contactsError.setVisible(true);
        }
        if (open && target.step() >= 0) {
            steps.setSelectedIndex(target.step());
        }
    }

    /**
     * Saves on each change. Text is sent after a pause in typing, or before any press of the
     * pointer or a navigation key ({@link PendingInput}), so a value typed just before switching
     * step or following a link does not wait for the pause.
     */
    private void watch(com.vaadin.flow.component.HasValue<?, ?>... fields) {
        for (var field : fields) {
            if (field instanceof HasValueChangeMode lazy) {
                lazy.setValueChangeMode(ValueChangeMode.LAZY);
                lazy.setValueChangeTimeout(1200);
            }
            field.addValueChangeListener(e -> autosave());
        }
    }

    private static String slug() {
        return CommunityContext.current().orElseThrow().slug();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.new");
    }
}
