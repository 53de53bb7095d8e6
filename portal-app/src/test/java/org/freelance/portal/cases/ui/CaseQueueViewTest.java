package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.freelance.portal.cases.CaseEnums.ParticipantRole;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.QueueItem;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class CaseQueueViewTest extends ViewTestSupport {

    private static final int TAKE_COLUMN = 7;

    @Autowired
    CaseService cases;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void expert_sees_the_submitted_cases_waiting_for_a_lead_in_french() {
        CaseScene scene = scene();
        Long id = scene.submitted("Factures impayées Alpha");
        scene.draft(CaseScene.intake("Brouillon pas encore soumis"));
        scene.taken("Déjà pris en charge");
        signInAs(scene.expert);

        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("File des dossiers");
        GridTester<Grid<QueueItem>, QueueItem> grid = grid(page);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getHeaderCell(1)).isEqualTo("Titre du dossier");
        assertThat(grid.getRow(0).id()).isEqualTo(id);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Factures impayées Alpha");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Alpha Conseil SAS");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Retard de paiement");
        assertThat(grid.getCellText(0, 4)).isEqualTo("Haute");
        assertThat(grid.getCellText(0, 5)).isEqualTo("Person freelance");
        assertThat(grid.getCellText(0, 6)).startsWith("aujourd’hui (");
        assertThat(((Button) grid.getCellComponent(0, TAKE_COLUMN)).getText()).isEqualTo("Prendre en charge");
        assertThat(page.getPageTitle()).isEqualTo("File des dossiers");
    }

    @Test
    void mediator_sees_the_queue_too() {
        CaseScene scene = scene();
        Long id = scene.submitted("Relation dégradée");
        signInAs(scene.mediator);

        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        assertThat(ids(page)).containsExactly(id);
    }

    @Test
    void an_expert_does_not_see_his_own_case_in_the_queue() {
        CaseScene scene = scene();
        AccountView expertWithACase = scene.person("expert-freelance", Role.MEMBER, Role.EXPERT);
        Long own = scene.as(expertWithACase, () -> cases.createDraft(CaseScene.intake("Mon propre dossier")));
        scene.as(expertWithACase, () -> cases.submit(own));
        Long other = scene.submitted("Le dossier d’un autre");
        signInAs(expertWithACase);

        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        assertThat(ids(page)).containsExactly(other);
    }

    @Test
    void filters_narrow_the_queue_by_category_urgency_and_age() {
        CaseScene scene = scene();
        Long latePayment = scene.submitted(CaseScene.intake("Retard", ProblemCategory.LATE_PAYMENT, Urgency.HIGH));
        Long scope = scene.submitted(CaseScene.intake("Périmètre", ProblemCategory.SCOPE_CHANGE, Urgency.LOW));
        Long old = scene.submitted(CaseScene.intake("Ancien", ProblemCategory.SCOPE_CHANGE, Urgency.CRITICAL));
        // submitted ten days ago (times are stored in UTC)
        jdbc.sql("update dispute_case set submitted_at = :at where id = :id")
                .param("at", LocalDateTime.ofInstant(clock.instant().minus(Duration.ofDays(10)), ZoneOffset.UTC))
                .param("id", old).update();
        signInAs(scene.expert);
        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);
        assertThat(ids(page)).as("oldest first").containsExactly(old, latePayment, scope);

        test(SelectTester.class, page.category).selectItem("Changement de périmètre");
        assertThat(ids(page)).containsExactly(old, scope);

        test(SelectTester.class, page.urgency).selectItem("Faible");
        assertThat(ids(page)).containsExactly(scope);

        page.urgency.clear(); // back to the empty choice, "Toutes" (l'urgence: feminine)
        assertThat(page.urgency.getEmptySelectionCaption()).isEqualTo("Toutes");
        test(page.minAge).setValue(7);
        assertThat(ids(page)).containsExactly(old);
        assertThat(grid(page).getCellText(0, 6)).startsWith("il y a 10 jours (");

        test(SelectTester.class, page.category).selectItem("Retard de paiement");
        assertThat(ids(page)).isEmpty();
        assertThat($(Grid.class, page).id("queue-grid").getEmptyStateText()).isEqualTo("Aucun dossier n’attend de référent.");

        page.minAge.clear();
        assertThat(ids(page)).containsExactly(latePayment);
    }

    @Test
    void taking_a_case_with_no_conflict_makes_the_expert_its_lead_and_opens_it() {
        CaseScene scene = scene();
        Long id = scene.submitted("Factures impayées Alpha");
        signInAs(scene.expert);
        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        Dialog dialog = openTake(page, id);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Prendre en charge « Factures impayées Alpha »");
        assertThat(conflict(dialog).getLabel()).isEqualTo("Avez-vous un conflit d’intérêts avec Alpha Conseil SAS ?");
        test(RadioButtonGroupTester.class, conflict(dialog)).selectItem("Non, aucun lien avec ce client");
        test($(TextArea.class, dialog).id("take-declaration")).setValue("Jamais travaillé avec Alpha");
        confirm(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Vous êtes le référent de ce dossier.");
        CaseDetailView detail = (CaseDetailView) getCurrentView();
        assertThat(detail.caseId).isEqualTo(id);
        assertThat(textOf(detail)).contains("Pris en charge", "Pris en charge par Person expert");
        CaseDetail taken = scene.as(scene.expert, () -> cases.get(id));
        assertThat(taken.status()).isEqualTo(CaseStatus.TAKEN);
        assertThat(taken.participants()).singleElement().satisfies(p -> {
            assertThat(p.userId()).isEqualTo(scene.expert.id());
            assertThat(p.role()).isEqualTo(ParticipantRole.LEAD);
            assertThat(p.conflictNote()).isEqualTo("Jamais travaillé avec Alpha");
        });
        assertThat(scene.as(scene.freelancer, () -> notifications.mine(10))).extracting(NotificationView::messageKey)
                .contains("case.taken");
        assertThat(scene.as(scene.mediator, () -> cases.queue(null))).isEmpty();
    }

    @Test
    void confirming_without_answering_the_conflict_question_asks_for_it() {
        CaseScene scene = scene();
        Long id = scene.submitted("Sans réponse");
        signInAs(scene.expert);
        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        Dialog dialog = openTake(page, id);
        test($(TextArea.class, dialog).id("take-declaration")).setValue("Je réfléchis");
        confirm(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(conflict(dialog))).isEqualTo("Indiquez si vous avez un conflit d’intérêts.");
        assertThat($(TextArea.class, dialog).id("take-declaration").getValue()).isEqualTo("Je réfléchis");
        assertThat(scene.as(scene.expert, () -> cases.queue(null))).extracting(QueueItem::id).containsExactly(id);
    }

    @Test
    void declaring_a_conflict_of_interest_is_refused_with_its_reason_and_the_case_stays_in_the_queue() {
        CaseScene scene = scene();
        Long id = scene.submitted("Conflit");
        signInAs(scene.expert);
        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        Dialog dialog = openTake(page, id);
        test(RadioButtonGroupTester.class, conflict(dialog)).selectItem("Oui, j’ai un lien avec ce client");
        test($(TextArea.class, dialog).id("take-declaration")).setValue("J’ai travaillé pour Alpha en 2024");
        confirm(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(conflict(dialog)))
                .isEqualTo("Vous avez déclaré un conflit d’intérêts : un autre membre doit prendre ce dossier.");
        assertThat(getCurrentView()).isSameAs(page);
        assertThat(ids(page)).containsExactly(id);
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).status()).isEqualTo(CaseStatus.SUBMITTED);
    }

    @Test
    void a_case_taken_meanwhile_by_someone_else_says_so_and_leaves_the_queue() {
        CaseScene scene = scene();
        Long id = scene.submitted("Deux candidats");
        signInAs(scene.expert);
        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);
        Dialog dialog = openTake(page, id);
        test(RadioButtonGroupTester.class, conflict(dialog)).selectItem("Non, aucun lien avec ce client");

        scene.as(scene.mediator, () -> cases.take(id, false, "Plus rapide"));
        confirm(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(conflict(dialog))).isEqualTo("Ce dossier vient d’être pris en charge par quelqu’un d’autre.");
        assertThat(ids(page)).isEmpty();
        assertThat(scene.as(scene.mediator, () -> cases.get(id)).participants()).singleElement()
                .satisfies(p -> assertThat(p.userId()).isEqualTo(scene.mediator.id()));
    }

    @Test
    void cancelling_the_take_dialog_changes_nothing() {
        CaseScene scene = scene();
        Long id = scene.submitted("Pas maintenant");
        signInAs(scene.expert);
        CaseQueueView page = open(scene.page("queue"), CaseQueueView.class);

        Dialog dialog = openTake(page, id);
        test(footerButton(dialog, "Annuler")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(ids(page)).containsExactly(id);
    }

    @Test
    void plain_member_and_admin_are_refused_the_queue() {
        CaseScene scene = scene();
        scene.submitted("Réservé aux experts");

        signInAs(scene.freelancer);
        assertRefused(scene.page("queue"));

        signInAs(scene.person("admin", Role.ADMIN));
        assertRefused(scene.page("queue"));
    }

    @Test
    void expert_of_another_community_is_refused_this_queue_and_sees_none_of_its_cases_in_his_own() {
        CaseScene scene = scene();
        scene.submitted("Confidentiel");
        CaseScene elsewhere = scene();
        signInAs(elsewhere.expert);

        assertRefused(scene.page("queue"));
        CaseQueueView own = open(elsewhere.page("queue"), CaseQueueView.class);
        assertThat(ids(own)).isEmpty();
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        CaseScene scene = scene();

        open(scene.page("queue"), LoginView.class);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private CaseScene scene() {
        return new CaseScene(fixtures(), cases);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<QueueItem>, QueueItem> grid(CaseQueueView page) {
        return test(GridTester.class, page.grid);
    }

    private List<Long> ids(CaseQueueView page) {
        GridTester<Grid<QueueItem>, QueueItem> grid = grid(page);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).id()).toList();
    }

    private Dialog openTake(CaseQueueView page, Long caseId) {
        int row = ids(page).indexOf(caseId);
        Button take = (Button) grid(page).getCellComponent(row, TAKE_COLUMN);
        assertThat(take.getId()).hasValue("take-" + caseId);
        test(take).click();
        return $(Dialog.class).id("take-dialog");
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Boolean> conflict(Dialog dialog) {
        return $(RadioButtonGroup.class, dialog).id("take-conflict");
    }

    private void confirm(Dialog dialog) {
        test(footerButton(dialog, "Prendre en charge")).click();
    }

    private static Button footerButton(Dialog dialog, String text) {
        return dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow())
                .filter(Button.class::isInstance).map(Button.class::cast).filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow();
    }
}
