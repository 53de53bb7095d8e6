package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.tabs.TabsTester;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseSummary;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.notification.ui.NotificationRoutes;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.shell.DomainNotFoundView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseIntakeViewTest extends ViewTestSupport {

    @Autowired
    CaseService cases;
    @Autowired
    ReviewService reviews;
    @Autowired
    NotificationService notifications;

    @Test
    void typing_the_title_creates_a_draft_and_moves_the_address_to_its_edit_page() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));
        assertThat($(H2.class, page).single().getText()).isEqualTo("Ouvrir un dossier");
        assertThat(myCases(scene)).isEmpty();

        test(page.title).setValue("Retards de paiement Alpha");

        CaseSummary draft = single(myCases(scene));
        assertThat(draft.status()).isEqualTo(CaseStatus.DRAFT);
        assertThat(draft.title()).isEqualTo("Retards de paiement Alpha");
        assertThat(replacedLocation()).isEqualTo(scene.page(draft.id() + "/edit"));
        assertThat(page.saveStatus.getText()).startsWith("Brouillon enregistré à ");
        assertThat(page.getPageTitle()).isEqualTo("Ouvrir un dossier");
    }

    @Test
    void further_typing_saves_the_same_draft_instead_of_opening_another() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));

        test(page.title).setValue("Retards de paiement Alpha");
        test(page.client.name).setValue("Alpha Conseil SAS");
        step(page, CaseIntakeView.STEP_PROBLEM);
        test(page.problem.description).setValue("Deux factures impayées.");

        CaseSummary draft = single(myCases(scene));
        CaseIntake saved = scene.as(scene.freelancer, () -> cases.get(draft.id())).intake();
        assertThat(saved.client().name()).isEqualTo("Alpha Conseil SAS");
        assertThat(saved.problem().description()).isEqualTo("Deux factures impayées.");
    }

    @Test
    void every_step_typed_in_the_wizard_is_there_again_when_the_edit_page_is_reopened() {
        CaseScene scene = scene();
        Long review = scene.as(scene.freelancer, () -> reviews.create(new MissionContext("Contrat Alpha ITSM",
                "Alpha Conseil", null, Pricing.TOTAL, new BigDecimal("12000"), null, null, null),
                ContractInput.paste("CONTRAT DE PRESTATION\n\nArticle 1 – Objet\n"
                        + "Le prestataire réalise une mission. ".repeat(20))));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));

        test(page.title).setValue("Mission ITSM : factures impayées");
        test(page.client.name).setValue("Alpha Conseil SAS");
        test(page.client.identifier).setValue("732 829 320 00074");
        test(page.client.address).setValue("1 rue de la Paix\n75002 Paris");
        test($(Button.class, page).id("case-contact-add")).click();
        test($(Button.class, page).id("case-contact-add")).click();
        ContactRow jeanne = page.client.contacts.get(0);
        test(jeanne.name).setValue("Jeanne Martin");
        test(jeanne.role).setValue("DSI");
        test(jeanne.email).setValue("jeanne.martin@alpha.example");
        test(jeanne.phone).setValue("+33 1 23 45 67 89");
        ContactRow paul = page.client.contacts.get(1);
        test(paul.name).setValue("Paul Durand");
        test(paul.email).setValue("paul.durand@alpha.example");
        next(page);
        test(RadioButtonGroupTester.class, page.vetting.answers.get(VettingItem.CLEAR_BRIEF)).selectItem("Non");
        test(page.vetting.notes.get(VettingItem.CLEAR_BRIEF)).setValue("Cahier des charges de 2 pages");
        test(RadioButtonGroupTester.class, page.vetting.answers.get(VettingItem.ANSWERS_QUICKLY))
                .selectItem("Je ne sais pas");
        next(page);
        test(page.mission.object).setValue("Intégration ServiceNow ITSM");
        test(page.mission.start).setValue(LocalDate.of(2026, 3, 1));
        test(page.mission.end).setValue(LocalDate.of(2026, 9, 30));
        test(RadioButtonGroupTester.class, page.mission.pricing).selectItem("Taux journalier");
        page.mission.amount.setValue(new BigDecimal("650"));
        test(ComboBoxTester.class, page.mission.reviewRequest).selectItem("Contrat Alpha ITSM — Alpha Conseil");
        next(page);
        test(page.scoping.objectives).setValue("Module incidents en production\nTableaux de bord");
        test($(Button.class, page).id("case-phase-add")).click();
        test($(Button.class, page).id("case-phase-add")).click();
        test(page.scoping.phases.get(0).name).setValue("Cadrage");
        test(page.scoping.phases.get(0).deadline).setValue(LocalDate.of(2026, 3, 31));
        test(page.scoping.phases.get(1).name).setValue("Recette");
        test(page.scoping.roles).setValue("Le client valide chaque livrable sous 5 jours");
        test(page.scoping.outOfScope).setValue("Formation des utilisateurs");
        next(page);
        test(SelectTester.class, page.problem.category).selectItem("Retard de paiement");
        test(page.problem.description).setValue("Trois factures impayées depuis 75 jours.");
        test(page.problem.desiredOutcome).setValue("Paiement et pénalités");
        test(RadioButtonGroupTester.class, page.problem.urgency).selectItem("Haute");
        Long id = page.caseId;

        newBrowserSession();
        CaseIntakeView again = wizard(scene.page(id + "/edit"));

        assertThat(again.caseId).isEqualTo(id);
        assertThat(again.title.getValue()).isEqualTo("Mission ITSM : factures impayées");
        assertThat(again.client.name.getValue()).isEqualTo("Alpha Conseil SAS");
        assertThat(again.client.identifier.getValue()).isEqualTo("732 829 320 00074");
        assertThat(again.client.address.getValue()).isEqualTo("1 rue de la Paix\n75002 Paris");
        assertThat(again.client.contacts).extracting(ContactRow::value).containsExactly(
                new CaseIntake.Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha.example", "+33 1 23 45 67 89"),
                new CaseIntake.Contact("Paul Durand", "", "paul.durand@alpha.example", ""));
        assertThat(again.vetting.answers.get(VettingItem.CLEAR_BRIEF).getValue()).isEqualTo(VettingAnswer.NO);
        assertThat(again.vetting.notes.get(VettingItem.CLEAR_BRIEF).getValue()).isEqualTo("Cahier des charges de 2 pages");
        assertThat(again.vetting.answers.get(VettingItem.ANSWERS_QUICKLY).getValue()).isEqualTo(VettingAnswer.UNKNOWN);
        assertThat(again.vetting.answers.get(VettingItem.LEGAL_STRUCTURE_IDENTIFIED).getValue()).isNull();
        assertThat(again.mission.object.getValue()).isEqualTo("Intégration ServiceNow ITSM");
        assertThat(again.mission.start.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(again.mission.end.getValue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(again.mission.pricing.getValue()).isEqualTo(Pricing.DAILY_RATE);
        assertThat(again.mission.amount.getValue()).isEqualByComparingTo("650");
        assertThat(again.mission.reviewRequest.getValue().id()).isEqualTo(review);
        assertThat(again.scoping.objectives.getValue()).isEqualTo("Module incidents en production\nTableaux de bord");
        assertThat(again.scoping.phases).extracting(PhaseRow::value).containsExactly(
                new CaseIntake.Phase("Cadrage", LocalDate.of(2026, 3, 31)), new CaseIntake.Phase("Recette", null));
        assertThat(again.scoping.roles.getValue()).isEqualTo("Le client valide chaque livrable sous 5 jours");
        assertThat(again.scoping.outOfScope.getValue()).isEqualTo("Formation des utilisateurs");
        assertThat(again.problem.category.getValue()).isEqualTo(ProblemCategory.LATE_PAYMENT);
        assertThat(again.problem.description.getValue()).isEqualTo("Trois factures impayées depuis 75 jours.");
        assertThat(again.problem.desiredOutcome.getValue()).isEqualTo("Paiement et pénalités");
        assertThat(again.problem.urgency.getValue()).isEqualTo(Urgency.HIGH);
        assertThat(single(myCases(scene)).id()).isEqualTo(id);
    }

    @Test
    void reopening_a_draft_does_not_save_it_again_by_itself() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Brouillon tel quel"));
        Instant before = single(myCases(scene)).updatedAt();
        signInAs(scene.freelancer);

        CaseIntakeView page = wizard(scene.page(id + "/edit"));

        assertThat(page.title.getValue()).isEqualTo("Brouillon tel quel");
        assertThat(page.saveStatus.getText()).isEmpty();
        assertThat(single(myCases(scene)).updatedAt()).isEqualTo(before);
    }

    @Test
    void removing_a_contact_line_saves_the_draft_without_it() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Deux interlocuteurs"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        assertThat(page.client.contacts).hasSize(1);

        Button remove = $(Button.class, page.client.contacts.getFirst()).single();
        assertThat(remove.getAriaLabel()).hasValue("Retirer cet interlocuteur");
        test(remove).click();

        assertThat(page.client.contacts).isEmpty();
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).intake().client().contacts()).isEmpty();
    }

    @Test
    void submitting_without_a_client_name_marks_that_field_opens_the_client_step_and_keeps_everything_typed() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));
        test(page.title).setValue("Sans client");
        step(page, CaseIntakeView.STEP_MISSION);
        test(page.mission.object).setValue("Intégration ServiceNow");
        step(page, CaseIntakeView.STEP_PROBLEM);
        test(SelectTester.class, page.problem.category).selectItem("Rupture du contrat");
        test(page.problem.description).setValue("Le client a arrêté la mission du jour au lendemain.");

        submit(page);

        assertThat(errorOf(page.client.name)).isEqualTo("Indiquez le nom du client.");
        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_CLIENT);
        assertThat(getCurrentView()).isSameAs(page);
        assertThat(page.title.getValue()).isEqualTo("Sans client");
        assertThat(page.mission.object.getValue()).isEqualTo("Intégration ServiceNow");
        assertThat(page.problem.category.getValue()).isEqualTo(ProblemCategory.TERMINATION);
        assertThat(page.problem.description.getValue()).isEqualTo("Le client a arrêté la mission du jour au lendemain.");
        assertThat(single(myCases(scene)).status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void submitting_an_empty_wizard_asks_for_the_title_first() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));

        submit(page);

        assertThat(errorOf(page.title)).isEqualTo("Donnez un titre au dossier.");
        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_CLIENT);
    }

    @Test
    void an_invalid_siret_is_shown_on_the_identifier_as_typed() {
        CaseScene scene = scene();
        Long id = scene.draft(withClient(CaseScene.intake("SIRET faux"),
                new CaseIntake.Client("Alpha Conseil SAS", "732 829 320 00075", null, List.of())));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        step(page, CaseIntakeView.STEP_PROBLEM);

        submit(page);

        assertThat(errorOf(page.client.identifier)).isEqualTo("« 732 829 320 00075 » n’est pas un SIREN (9 chiffres) ni un "
                + "SIRET (14 chiffres) valide : vérifiez les chiffres.");
        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_CLIENT);
        assertThat(page.client.identifier.getValue()).isEqualTo("732 829 320 00075");
    }

    @Test
    void a_contact_without_a_name_or_with_a_bad_email_is_explained_under_the_contacts() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Interlocuteurs"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        test($(Button.class, page).id("case-contact-add")).click();
        test(page.client.contacts.get(1).role).setValue("Comptable");
        step(page, CaseIntakeView.STEP_PROBLEM);

        submit(page);

        assertThat(page.client.contactsError.isVisible()).isTrue();
        assertThat(page.client.contactsError.getText()).isEqualTo("Chaque interlocuteur doit avoir un nom.");
        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_CLIENT);

        test(page.client.contacts.get(1).name).setValue("Luc Petit");
        test(page.client.contacts.get(1).email).setValue("luc.petit-at-alpha");
        submit(page);

        assertThat(page.client.contactsError.getText()).isEqualTo("Adresse e-mail d’interlocuteur invalide : luc.petit-at-alpha");
        assertThat(page.client.contacts.get(1).value()).isEqualTo(new CaseIntake.Contact("Luc Petit", "Comptable",
                "luc.petit-at-alpha", ""));
    }

    @Test
    void a_mission_ending_before_it_starts_is_shown_on_the_end_date_in_the_mission_step() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Dates inversées"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        step(page, CaseIntakeView.STEP_MISSION);
        test(page.mission.end).setValue(LocalDate.of(2026, 2, 1));
        step(page, CaseIntakeView.STEP_PROBLEM);

        submit(page);

        assertThat(errorOf(page.mission.end)).isEqualTo("La fin de la mission doit suivre son début.");
        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_MISSION);
        assertThat(page.mission.start.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(page.mission.end.getValue()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void a_negative_amount_is_marked_and_named_while_everything_typed_after_it_is_saved() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Montant négatif"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        step(page, CaseIntakeView.STEP_MISSION);

        page.mission.amount.setValue(new BigDecimal("-650"));
        step(page, CaseIntakeView.STEP_PROBLEM);
        test(page.problem.description).setValue("Tapé après le montant refusé.");

        assertThat(errorOf(page.mission.amount)).isEqualTo("Montant invalide : positif, deux décimales au plus.");
        assertThat(page.steps.getSelectedIndex()).as("the step does not jump away from the user")
                .isEqualTo(CaseIntakeView.STEP_PROBLEM);
        assertThat(page.saveStatus.getText()).matches("Brouillon enregistré à \\d\\d:\\d\\d:\\d\\d, sauf : Montant HT \\(€\\)\\. "
                + "Corrigez la valeur signalée pour qu’elle soit enregistrée\\.");
        assertThat(page.mission.amount.getValue()).isEqualByComparingTo("-650");
        CaseIntake stored = scene.as(scene.freelancer, () -> cases.get(id)).intake();
        assertThat(stored.problem().description()).isEqualTo("Tapé après le montant refusé.");
        assertThat(stored.mission().amount()).isEqualByComparingTo("650");

        page.mission.amount.setValue(new BigDecimal("700"));

        assertThat(page.mission.amount.isInvalid()).isFalse();
        assertThat(page.saveStatus.getText()).startsWith("Brouillon enregistré à ").doesNotContain("sauf");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).intake().mission().amount()).isEqualByComparingTo("700");
    }

    @Test
    void submitting_with_a_refused_amount_opens_the_mission_step_on_it_and_submits_nothing() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Montant négatif à l’envoi"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        page.mission.amount.setValue(new BigDecimal("-1"));
        step(page, CaseIntakeView.STEP_PROBLEM);

        submit(page);

        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_MISSION);
        assertThat(errorOf(page.mission.amount)).isEqualTo("Montant invalide : positif, deux décimales au plus.");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void the_freelancer_deletes_a_draft_once_confirmed_and_finds_it_no_more_in_his_cases() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));
        assertThat(page.deleteDraft.isVisible()).as("nothing to delete before the first save").isFalse();
        test(page.title).setValue("Brouillon abandonné");
        page.mission.amount.setValue(new BigDecimal("-1"));
        assertThat(page.deleteDraft.isVisible()).isTrue();

        test($(Button.class, page).id("case-delete-draft")).click();
        test(ConfirmDialogTester.class, $(ConfirmDialog.class).id("case-delete-confirm")).cancel();
        assertThat(single(myCases(scene)).title()).isEqualTo("Brouillon abandonné");

        test($(Button.class, page).id("case-delete-draft")).click();
        test(ConfirmDialogTester.class, $(ConfirmDialog.class).id("case-delete-confirm")).confirm();

        assertThat(getCurrentView()).as("no question about the refused amount of a deleted draft")
                .isInstanceOf(CaseListView.class);
        assertThat(myCases(scene)).isEmpty();
        assertThat(notificationTexts()).contains("Brouillon supprimé.");
    }

    @Test
    void a_value_the_browser_sends_after_the_user_moved_to_another_step_is_saved() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Saisie puis changement d’étape"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        step(page, CaseIntakeView.STEP_MISSION);
        step(page, CaseIntakeView.STEP_PROBLEM);

        // The mission's text, typed just before the switch, reaches the server after it.
        test(page.mission.object).setValue("Objet tapé juste avant de changer d’étape");

        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).intake().mission().object())
                .isEqualTo("Objet tapé juste avant de changer d’étape");
    }

    @Test
    void leaving_the_intake_with_a_refused_value_asks_first_and_staying_keeps_everything() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Départ avec un montant refusé"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        page.mission.amount.setValue(new BigDecimal("-5"));

        UI.getCurrent().navigate(scene.page(null));

        assertThat(getCurrentView()).isSameAs(page);
        ConfirmDialog confirm = $(ConfirmDialog.class).id("leave-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(ConfirmDialogTester.class, confirm).cancel();
        assertThat(getCurrentView()).isSameAs(page);
        assertThat(page.mission.amount.getValue()).isEqualByComparingTo("-5");

        UI.getCurrent().navigate(scene.page(null));
        test(ConfirmDialogTester.class, $(ConfirmDialog.class).id("leave-confirm")).confirm();
        assertThat(getCurrentView()).isInstanceOf(CaseListView.class);
    }

    @Test
    void leaving_a_fully_saved_intake_asks_nothing() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Départ sans rien en attente"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));
        test(page.title).setValue("Départ, titre retapé");

        UI.getCurrent().navigate(scene.page(null));

        assertThat(getCurrentView()).isInstanceOf(CaseListView.class);
        assertThat($(ConfirmDialog.class).all()).isEmpty();
    }

    @Test
    void submitting_without_a_description_or_urgency_opens_the_problem_step() {
        CaseScene scene = scene();
        CaseIntake full = CaseScene.intake("Problème à décrire");
        Long id = scene.draft(new CaseIntake(full.title(), full.client(), full.vetting(), full.mission(),
                full.scoping(), new CaseIntake.Problem(ProblemCategory.SCOPE_CHANGE, null, null, null)));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));

        submit(page);

        assertThat(errorOf(page.problem.description)).isEqualTo("Décrivez le problème.");
        assertThat(page.steps.getSelectedIndex()).isEqualTo(CaseIntakeView.STEP_PROBLEM);

        test(page.problem.description).setValue("Le périmètre a doublé sans avenant.");
        submit(page);

        assertThat(errorOf(page.problem.description)).isNull();
        assertThat(errorOf(page.problem.urgency)).isEqualTo("Indiquez l’urgence.");
    }

    @Test
    void a_complete_submission_opens_the_case_and_tells_the_experts_and_mediators() {
        CaseScene scene = scene();
        AccountView plainMember = scene.person("member", Role.MEMBER);
        Long id = scene.draft(CaseScene.intake("Factures impayées Alpha"));
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page(id + "/edit"));

        submit(page);

        CaseDetailView detail = (CaseDetailView) getCurrentView();
        assertThat(detail.caseId).isEqualTo(id);
        assertThat(notificationTexts()).contains("Dossier soumis : les experts et médiateurs de la communauté sont prévenus.");
        assertThat(textOf(detail)).contains("Factures impayées Alpha", "Soumis", "Dossier soumis à la communauté");
        for (AccountView peer : List.of(scene.expert, scene.mediator)) {
            assertThat(scene.as(peer, () -> notifications.mine(10))).filteredOn(n -> n.messageKey().equals("case.submitted"))
                    .singleElement().satisfies(n -> {
                        assertThat(n.arguments()).containsExactly("Person freelance", "Factures impayées Alpha");
                        assertThat(NotificationRoutes.route(scene.community.slug(), n.target()))
                                .isEqualTo(scene.page("queue"));
                    });
        }
        assertThat(scene.as(plainMember, () -> notifications.mine(10))).extracting(NotificationView::messageKey)
                .doesNotContain("case.submitted");
        assertThat(scene.as(scene.freelancer, () -> notifications.mine(10))).extracting(NotificationView::messageKey)
                .doesNotContain("case.submitted");
    }

    @Test
    void the_edit_address_of_a_submitted_case_forwards_to_the_case() {
        CaseScene scene = scene();
        Long id = scene.submitted("Déjà soumis");
        signInAs(scene.freelancer);

        CaseDetailView detail = open(scene.page(id + "/edit"), CaseDetailView.class);

        assertThat(detail.caseId).isEqualTo(id);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(scene.page(id));
    }

    @Test
    void the_draft_of_someone_else_is_not_found_even_for_its_lead_to_be() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Brouillon d’un autre"));

        signInAs(scene.expert);
        open(scene.page(id + "/edit"), DomainNotFoundView.class);
        open(scene.page(id), DomainNotFoundView.class);

        signInAs(scene.person("member", Role.MEMBER));
        open(scene.page(id + "/edit"), DomainNotFoundView.class);
    }

    @Test
    void an_edit_address_that_is_not_a_case_number_is_not_found() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);

        open(scene.page("abc/edit"), DomainNotFoundView.class);
        open(scene.page("999999999/edit"), DomainNotFoundView.class);
    }

    @Test
    void a_member_of_another_community_cannot_reach_the_draft_through_his_own_community() {
        CaseScene scene = scene();
        Long id = scene.draft(CaseScene.intake("Brouillon confidentiel"));
        signInAs(BOB_OF_AUTRE);

        open("c/" + AUTRE + "/cases/" + id + "/edit", DomainNotFoundView.class);
        assertRefused(scene.page(id + "/edit"));
    }

    @Test
    void a_contract_file_is_attached_and_a_file_that_is_not_a_document_is_refused_beside_the_upload()
            throws IOException {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseIntakeView page = wizard(scene.page("new"));
        step(page, CaseIntakeView.STEP_MISSION);
        Upload upload = $(Upload.class, page).id("case-contract-upload");

        test(UploadTester.class, upload).upload("programme.exe", "application/octet-stream",
                "MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1));
        roundTrip();

        assertThat(page.mission.contractStatus.getText()).startsWith("Ce type de fichier n’est pas accepté");
        assertThat(page.mission.contractStatus.getClassNames()).contains("portal-error");
        Long id = page.caseId;
        assertThat(id).as("the upload created the draft").isNotNull();

        test(UploadTester.class, upload).upload("contrat.pdf", "application/pdf", ContractDocuments.pdf());
        roundTrip();

        assertThat(page.mission.contractStatus.getText()).startsWith("Contrat joint : contrat.pdf (");
        assertThat(page.mission.contractStatus.getClassNames()).doesNotContain("portal-error");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).contract().fileName()).isEqualTo("contrat.pdf");

        newBrowserSession();
        CaseIntakeView again = wizard(scene.page(id + "/edit"));
        assertThat(again.mission.contractStatus.getText()).startsWith("Contrat joint : contrat.pdf (");
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        CaseScene scene = scene();

        open(scene.page("new"), LoginView.class);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private CaseScene scene() {
        return new CaseScene(fixtures(), cases);
    }

    /**
     * Opens the wizard as a browser does: the steps' tab sheet attaches the open step's fields in the
     * round trip that follows the navigation.
     */
    private CaseIntakeView wizard(String location) {
        CaseIntakeView page = open(location, CaseIntakeView.class);
        roundTrip();
        return page;
    }

    private void step(CaseIntakeView page, int step) {
        test(TabsTester.class, page.steps.tabs()).select(step);
        roundTrip();
    }

    private void next(CaseIntakeView page) {
        test($(Button.class, page).id("case-next")).click();
        roundTrip();
    }

    private void submit(CaseIntakeView page) {
        test($(Button.class, page).id("case-submit")).click();
        roundTrip();
    }

    private List<CaseSummary> myCases(CaseScene scene) {
        return scene.as(scene.freelancer, () -> cases.mine());
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static CaseIntake withClient(CaseIntake intake, CaseIntake.Client client) {
        return new CaseIntake(intake.title(), client, intake.vetting(), intake.mission(), intake.scoping(),
                intake.problem());
    }

    /** Where the page last moved the address bar without navigating (history.replaceState). */
    private static String replacedLocation() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(js -> js.getInvocation().getExpression().contains("replace"))
                .map(js -> String.valueOf(js.getInvocation().getParameters().get(1)))
                .reduce((first, second) -> second).orElse(null);
    }
}
