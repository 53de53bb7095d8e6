package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
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
import java.util.Objects;
import java.util.Optional;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.PendingInput;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.base.ui.StepSheet;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.DraftSaved;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.review.ReviewService;
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
    final IntakeClientStep client = new IntakeClientStep(this::watch, this::autosave);
    final IntakeVettingStep vetting = new IntakeVettingStep(this::watch);
    final IntakeMissionStep mission = new IntakeMissionStep(this::watch, this::attachContract);
    final IntakeScopingStep scoping = new IntakeScopingStep(this::watch, this::autosave);
    final IntakeProblemStep problem = new IntakeProblemStep(this::watch);
    final Span saveStatus = new Span();
    final StepSheet steps = new StepSheet();
    private final IntakeRefusals refusals = new IntakeRefusals(title, client, mission, problem, steps);
    final LeaveGuard leaveGuard;
    final DraftDeleteButton deleteDraft;

    public CaseIntakeView(CaseService cases, ReviewService reviews, Clock clock) {
        this.cases = cases;
        this.reviews = reviews;
        this.clock = clock;
        deleteDraft = new DraftDeleteButton(cases, () -> caseId, () -> {
            refusals.forget();
            caseId = null;
        });
        addClassName("portal-page");
        setId("case-intake");

        title.setLabel(getTranslation("case.field.title"));
        title.setId("case-title");
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        title.setPlaceholder(getTranslation("case.field.title.placeholder"));
        title.setMaxLength(200);
        saveStatus.setId("case-save-status");
        saveStatus.addClassName("portal-muted");
        saveStatus.getElement().setAttribute("aria-live", "polite");

        steps.setId("case-steps");
        steps.setWidthFull();
        steps.add(getTranslation("case.step.client"), client);
        steps.add(getTranslation("case.step.vetting"), vetting);
        steps.add(getTranslation("case.step.mission"), mission);
        steps.add(getTranslation("case.step.scoping"), scoping);
        steps.add(getTranslation("case.step.problem"), problem);

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
        leaveGuard = LeaveGuard.forAutosave(this, refusals::anyRefused);
        PendingInput.sendBeforePresses(this);
    }

    // --- loading and saving -----------------------------------------------------------------------

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loading = true;
        try {
            mission.offerReviews(reviews.mine());
            if (!RouteIds.given(event)) {
                caseId = null;
                deleteDraft.refresh();
                return;
            }
            Optional<Long> id = RouteIds.read(event);
            if (id.isEmpty()) {
                return;
            }
            caseId = id.get();
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
        client.fill(intake.client());
        vetting.fill(intake.vetting());
        mission.fill(intake.mission(), detail.contract());
        scoping.fill(intake.scoping());
        problem.fill(intake.problem());
    }

    CaseIntake read() {
        return new CaseIntake(title.getValue(), client.read(), vetting.read(), mission.read(), scoping.read(),
                problem.read());
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
            refusals.markRefused(saved.refused());
            String time = LocalTime.now(clock).format(TIME);
            if (refusals.anyRefused()) {
                saveStatus.setText(getTranslation("case.draft.saved-except", time, refusals.refusedLabels()));
                saveStatus.addClassName("portal-error");
            } else {
                saveStatus.setText(getTranslation("case.draft.saved", time));
                saveStatus.removeClassName("portal-error");
            }
            leaveGuard.refresh();
            return !refusals.anyRefused();
        } catch (PortalException failure) {
            refusals.show(failure, false);
            saveStatus.setText(getTranslation("case.draft.not-saved", UserMessages.of(failure)));
            saveStatus.addClassName("portal-error");
            return false;
        }
    }

    void submit() {
        refusals.clear();
        if (!autosave()) {
            refusals.openFirstRefused();
            return;
        }
        try {
            cases.submit(caseId);
            Notifications.success(getTranslation("case.submitted"));
            UI.getCurrent().navigate(CommunityContext.path(slug(), CaseListView.PAGE + "/" + caseId));
        } catch (PortalException failure) {
            refusals.show(failure, true);
        }
    }

    /** Attaches the contract, saving the draft first if there is none yet (empty if that failed: the save says why). */
    private Optional<FileView> attachContract(Upload contract) {
        if (caseId == null && !autosave()) {
            return Optional.empty();
        }
        return Optional.of(cases.attachContract(caseId, contract));
    }

    /**
     * Saves on each change. Text is sent after a pause in typing, or before any press of the
     * pointer or a navigation key ({@link PendingInput}), so a value typed just before switching
     * step or following a link does not wait for the pause.
     */
    private void watch(HasValue<?, ?> field) {
        if (field instanceof HasValueChangeMode lazy) {
            lazy.setValueChangeMode(ValueChangeMode.LAZY);
            lazy.setValueChangeTimeout(1200);
        }
        field.addValueChangeListener(e -> autosave());
    }

    private static String slug() {
        return CommunityContext.current().orElseThrow().slug();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.new");
    }
}
