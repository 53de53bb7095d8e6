package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseSamples;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.EvidenceBundle;
import org.freelance.portal.cases.RiskScore;
import org.freelance.portal.cases.WeakSignal;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.shell.DomainNotFoundView;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.RawUpload;
import org.freelance.portal.testsupport.TempUploads;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.freelance.portal.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseDetailViewTest extends ViewTestSupport {

    private static final int TAB_JOURNAL = 0;
    private static final int TAB_SIGNALS = 1;
    private static final int TAB_INTAKE = 2;
    private static final int TAB_PEOPLE = 3;
    private static final byte[] NOT_A_DOCUMENT = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    CaseService cases;
    @Autowired
    NotificationService notifications;

    // --- who sees what --------------------------------------------------------------------------

    @Test
    void freelancer_sees_the_case_with_its_journal_its_chain_and_its_risk() {
        CaseScene scene = scene();
        Long id = scene.taken("Factures impayées Alpha");
        CaseDetail held = scene.as(scene.freelancer, () -> cases.get(id));
        String reference = held.reference();
        signInAs(scene.freelancer);

        CaseDetailView page = detail(scene.page(id));

        assertThat($(H2.class, page).single().getText()).isEqualTo("Factures impayées Alpha");
        assertThat(textOf(page)).contains("Dossier " + reference + " · client Alpha Conseil SAS · ouvert par "
                + "Person freelance · référent : Person expert · depuis le " + Formats.date(held.createdAt()));
        assertThat(span(page, "case-status").getText()).isEqualTo("Pris en charge");
        assertThat(textOf(span(page, "case-chain"))).isEqualTo("Journal intègre : 2 entrées chaînées");
        assertThat(span(page, "case-risk").getText()).isEqualTo("Risque : 0/100");
        assertThat(span(page, "case-risk").getElement().getThemeList()).doesNotContain("error");
        assertThat(entry(page, 1)).contains("n° 1 · Statut · ", "Dossier soumis à la communauté",
                "Enregistrée par Person freelance");
        assertThat(entry(page, 2)).contains("Pris en charge par Person expert", "Aucun lien avec Alpha Conseil");
        assertThat(actionIds(page)).containsExactly("case-move-WITHDRAWN", "case-bundle");
        assertThat(page.getPageTitle()).isEqualTo("Factures impayées Alpha");
    }

    @Test
    void lead_sees_the_case_with_the_moves_of_a_lead_and_the_invitation() {
        CaseScene scene = scene();
        Long id = scene.taken("Factures impayées Alpha");
        signInAs(scene.expert);

        CaseDetailView page = detail(scene.page(id));

        assertThat(textOf(page)).contains("Factures impayées Alpha", "Dossier soumis à la communauté");
        assertThat(actionIds(page)).containsExactly("case-move-IN_MEDIATION", "case-move-RESOLVED",
                "case-move-ESCALATED", "case-invite", "case-bundle");
        assertThat(page.entryForm.type.isAttached()).isTrue();
    }

    @Test
    void supporter_sees_the_content_and_writes_the_journal_but_neither_moves_nor_invites() {
        CaseScene scene = scene();
        Long id = scene.taken("Appui demandé");
        scene.as(scene.expert, () -> cases.inviteSupporter(id, scene.mediator.id()));
        signInAs(scene.mediator);

        CaseDetailView page = detail(scene.page(id));

        assertThat(entry(page, 3)).contains("Person mediator rejoint le dossier en appui");
        assertThat(actionIds(page)).containsExactly("case-bundle");
        assertThat(page.entryForm.type.isAttached()).isTrue();
        addNote(page, "Appui", "J’appelle le client demain.");
        assertThat(entry(page, 4)).contains("J’appelle le client demain.", "Enregistrée par Person mediator");
    }

    @Test
    void the_intake_tab_shows_what_the_freelancer_typed() {
        CaseScene scene = scene();
        Long id = scene.taken("Factures impayées Alpha");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        selectTab(page, TAB_INTAKE);

        String intake = textOf($(VerticalLayout.class, page).id("case-intake-summary"));
        assertThat(intake).contains("Alpha Conseil SAS", "73282932000074", "1 rue de la Paix, 75002 Paris",
                "Jeanne Martin · DSI · jeanne.martin@alpha.example · +33 1 23 45 67 89",
                "Le besoin est clairement exprimé : Non — Cahier des charges de 2 pages",
                "Intégration ServiceNow ITSM", "du 01/03/2026 au 30/09/2026", "650,00", "(Taux journalier)",
                "Mise en production du module incidents", "Cadrage — 31/03/2026",
                "Le client valide chaque livrable sous 5 jours", "Formation des utilisateurs", "Retard de paiement",
                "Haute", "Trois factures impayées depuis 75 jours.", "Paiement des factures et des pénalités");
    }

    @Test
    void the_people_tab_lists_the_freelancer_the_lead_and_the_declaration() {
        CaseScene scene = scene();
        Long id = scene.taken("Factures impayées Alpha");
        Instant joined = scene.as(scene.expert, () -> cases.get(id)).participants().getFirst().joinedAt();
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        selectTab(page, TAB_PEOPLE);

        assertThat(textOf($(VerticalLayout.class, page).id("case-people"))).contains(
                "Person freelance — freelance, à l’origine du dossier",
                "Person expert — référent depuis le " + Formats.date(joined)
                        + " — déclaration : Aucun lien avec Alpha Conseil");
    }

    @Test
    void a_submitted_case_waits_for_its_lead_and_a_draft_offers_to_go_on_with_the_wizard() {
        CaseScene scene = scene();
        Long submitted = scene.submitted("En attente");
        Long draft = scene.draft(CaseScene.intake("Pas fini"));
        signInAs(scene.freelancer);

        CaseDetailView page = detail(scene.page(submitted));
        assertThat(textOf(page)).contains("référent : pas encore de référent");
        selectTab(page, TAB_PEOPLE);
        assertThat(textOf(page)).contains("Le dossier attend un référent dans la file de la communauté.");

        CaseDetailView draftPage = detail(scene.page(draft));
        assertThat(span(draftPage, "case-status").getText()).isEqualTo("Brouillon");
        assertThat(textOf(draftPage)).contains("Aucune entrée pour l’instant.");
        test($(Button.class, draftPage).id("case-edit")).click();
        assertThat(getCurrentView()).isInstanceOf(CaseIntakeView.class);
    }

    @Test
    void admin_of_the_community_another_expert_and_a_plain_member_get_the_not_found_page() {
        CaseScene scene = scene();
        Long id = scene.taken("Confidentiel");
        List<AccountView> outsiders = List.of(scene.person("admin", Role.ADMIN), scene.person("other-expert", Role.EXPERT),
                scene.person("member", Role.MEMBER), scene.mediator);

        for (AccountView outsider : outsiders) {
            signInAs(outsider);
            assertNotFound(scene.page(id));
        }
    }

    @Test
    void member_of_another_community_gets_the_not_found_page_through_his_own_and_is_refused_this_one() {
        CaseScene scene = scene();
        Long id = scene.taken("Confidentiel");
        signInAs(BOB_OF_AUTRE);

        assertNotFound("c/" + AUTRE + "/cases/" + id);
        assertRefused(scene.page(id));
    }

    @Test
    void an_address_that_is_not_a_case_number_is_not_found() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);

        assertNotFound(scene.page("12abc"));
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        CaseScene scene = scene();
        Long id = scene.taken("Confidentiel");

        open(scene.page(id), LoginView.class);
    }

    // --- the journal ----------------------------------------------------------------------------

    @Test
    void an_exchange_goes_on_the_timeline_and_the_form_is_emptied_for_the_next_one() {
        CaseScene scene = scene();
        Long id = scene.taken("Relances");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        assertThat(page.entryForm.type.getValue()).isEqualTo(EntryType.EXCHANGE);

        test(page.entryForm.date).setValue(yesterday());
        test(SelectTester.class, page.entryForm.channel).selectItem("Appel");
        test(page.entryForm.participants).setValue("Moi, Jeanne Martin");
        test(page.entryForm.title).setValue("Appel de relance");
        test(page.entryForm.body).setValue("Jeanne promet un virement vendredi.");
        addEntry(page);

        assertThat(notificationTexts()).contains("Entrée n° 3 ajoutée au journal.");
        assertThat(entry(page, 3)).contains("n° 3 · Échange · Appel · " + Formats.date(yesterday()), "Appel de relance",
                "Participants : Moi, Jeanne Martin", "Jeanne promet un virement vendredi.");
        assertThat(textOf(span(page, "case-chain"))).isEqualTo("Journal intègre : 3 entrées chaînées");
        assertThat(page.entryForm.title.getValue()).isEmpty();
        assertThat(page.entryForm.body.getValue()).isEmpty();
        assertThat(page.entryForm.participants.getValue()).isEmpty();
    }

    @Test
    void leaving_the_case_with_a_journal_entry_typed_but_not_added_asks_first_and_after_adding_it_does_not() {
        CaseScene scene = scene();
        Long id = scene.taken("Départ avec une entrée en cours");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        test(page.entryForm.body).setValue("Compte rendu pas encore ajouté.");

        UI.getCurrent().navigate(scene.page(null));

        assertThat(getCurrentView()).isSameAs(page);
        test(ConfirmDialogTester.class, $(ConfirmDialog.class).id("leave-confirm")).cancel();
        assertThat(page.entryForm.body.getValue()).isEqualTo("Compte rendu pas encore ajouté.");

        test(page.entryForm.date).setValue(yesterday());
        test(SelectTester.class, page.entryForm.channel).selectItem("Appel");
        test(page.entryForm.title).setValue("Appel");
        addEntry(page);
        UI.getCurrent().navigate(scene.page(null));

        assertThat(getCurrentView()).isInstanceOf(CaseListView.class);
    }

    @Test
    void each_kind_of_entry_is_recorded_with_what_it_needs() throws IOException {
        CaseScene scene = scene();
        Long id = scene.taken("Toutes les entrées");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        entryOfType(page, "Décision");
        assertThat(page.entryForm.participants.isVisible()).isTrue();
        assertThat(page.entryForm.channel.isVisible()).isFalse();
        assertThat(page.entryForm.signal.isVisible()).isFalse();
        test(page.entryForm.title).setValue("Mise en demeure préparée");
        test(page.entryForm.body).setValue("Envoi lundi si rien vendredi.");
        addEntry(page);

        entryOfType(page, "Validation");
        test(page.entryForm.title).setValue("Livrable 1 validé par mail");
        addEntry(page);

        entryOfType(page, "Paiement");
        assertThat(page.entryForm.amount.isVisible()).isTrue();
        test(page.entryForm.date).setValue(yesterday());
        test(page.entryForm.title).setValue("Acompte reçu");
        page.entryForm.amount.setValue(new BigDecimal("1950.5"));
        addEntry(page);

        entryOfType(page, "Document");
        test(page.entryForm.title).setValue("Bon de commande signé");
        page.entryForm.acceptFile("bon-de-commande.pdf", ContractDocuments.pdf());
        assertThat(page.entryForm.files.getText()).isEqualTo("Pièces prêtes : bon-de-commande.pdf");
        addEntry(page);

        entryOfType(page, "Note");
        test(page.entryForm.body).setValue("Le client ne répond plus au téléphone.");
        addEntry(page);

        entryOfType(page, "Signal faible");
        assertThat(page.entryForm.signal.isVisible()).isTrue();
        test(page.entryForm.date).setValue(yesterday());
        test(page.entryForm.body).setValue("Trois relances sans réponse.");
        addEntry(page);
        assertThat(errorOf(page.entryForm.signal)).isEqualTo("Choisissez le type de signal faible.");
        test(SelectTester.class, page.entryForm.signal).selectItem("Interlocuteurs clés injoignables");
        addEntry(page);
        assertThat(page.entryForm.error.isVisible()).as("error shown: %s", page.entryForm.error.getText()).isFalse();
        assertThat(page.entryForm.signal.getValue()).isNull();

        assertThat(entry(page, 3)).contains("n° 3 · Décision", "Mise en demeure préparée", "Envoi lundi si rien vendredi.");
        assertThat(entry(page, 4)).contains("n° 4 · Validation", "Livrable 1 validé par mail");
        assertThat(entry(page, 5)).contains("n° 5 · Paiement · " + Formats.date(yesterday()), "Acompte reçu",
                "Montant TTC : 1\u202f950,50\u00a0€");
        assertThat(entry(page, 6)).contains("n° 6 · Document", "Bon de commande signé", "bon-de-commande.pdf (");
        assertThat(entry(page, 7)).contains("n° 7 · Note", "Le client ne répond plus au téléphone.");
        assertThat(entry(page, 8)).contains("n° 8 · Signal faible · " + Formats.date(yesterday()),
                "Signal : Interlocuteurs clés injoignables", "Trois relances sans réponse.");
        assertThat(span(page, "case-risk").getText()).isNotEqualTo("Risque : 0/100");
        assertThat(scene.as(scene.expert, () -> cases.get(id)).journal()).extracting(EntryView::type).containsExactly(
                EntryType.STATUS_CHANGE, EntryType.STATUS_CHANGE, EntryType.DECISION, EntryType.VALIDATION,
                EntryType.PAYMENT_EVENT, EntryType.DOCUMENT, EntryType.NOTE, EntryType.WEAK_SIGNAL);
        assertThat(textOf(span(page, "case-chain"))).isEqualTo("Journal intègre : 8 entrées chaînées");
    }

    @Test
    void the_attached_file_downloads_as_it_was_recorded() throws IOException {
        CaseScene scene = scene();
        Long id = scene.taken("Pièce jointe");
        byte[] pdf = ContractDocuments.pdf();
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        entryOfType(page, "Document");
        test(page.entryForm.title).setValue("Contrat signé");
        page.entryForm.acceptFile("contrat-signé.pdf", pdf);
        addEntry(page);

        Anchor link = $(Anchor.class, $(Div.class, page).id("entry-3")).single();
        assertThat(link.getText()).startsWith("contrat-signé.pdf (");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(AnchorTester.class, link).download(out);

        assertThat(out.toByteArray()).isEqualTo(pdf);
    }

    @Test
    void an_empty_entry_marks_each_field_its_kind_needs_instead_of_one_sentence_for_all_kinds() {
        CaseScene scene = scene();
        Long id = scene.taken("Entrée vide");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        addEntry(page);

        assertThat(errorOf(page.entryForm.channel)).isEqualTo("Choisissez le canal de l’échange.");
        assertThat(errorOf(page.entryForm.body)).isEqualTo("Écrivez ce qui s’est passé ou ce qui a été dit.");
        assertThat(page.entryForm.title.isInvalid()).isFalse();
        assertThat(page.entryForm.error.isVisible()).isFalse();

        entryOfType(page, "Décision");
        addEntry(page);

        assertThat(page.entryForm.channel.isInvalid()).isFalse();
        assertThat(errorOf(page.entryForm.title)).isEqualTo("Donnez un titre, un texte ou une pièce jointe.");
        assertThat(errorOf(page.entryForm.body)).isEqualTo("Donnez un titre, un texte ou une pièce jointe.");

        test(page.entryForm.title).setValue("Le client valide le lot 1");
        addEntry(page);

        assertThat(page.entryForm.title.isInvalid()).isFalse();
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(3);
    }

    @Test
    void an_entry_missing_what_it_needs_is_explained_and_nothing_typed_is_lost() {
        CaseScene scene = scene();
        Long id = scene.taken("Saisies incomplètes");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        page.entryForm.date.clear();
        test(SelectTester.class, page.entryForm.channel).selectItem("Réunion");
        test(page.entryForm.body).setValue("Réunion de cadrage houleuse.");
        addEntry(page);
        assertThat(errorOf(page.entryForm.date)).isEqualTo("Indiquez la date de l’événement.");

        test(page.entryForm.date).setValue(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(2));
        addEntry(page);
        assertThat(errorOf(page.entryForm.date)).isEqualTo("La date ne peut pas être dans le futur.");

        test(page.entryForm.date).setValue(yesterday());
        page.entryForm.channel.clear();
        addEntry(page);
        assertThat(errorOf(page.entryForm.date)).isNull();
        assertThat(errorOf(page.entryForm.channel)).isEqualTo("Choisissez le canal de l’échange.");
        assertThat(page.entryForm.body.isInvalid()).isFalse();
        assertThat(page.entryForm.error.isVisible()).isFalse();

        entryOfType(page, "Paiement");
        page.entryForm.amount.setValue(new BigDecimal("12.345"));
        addEntry(page);
        assertThat(errorOf(page.entryForm.amount)).isEqualTo("Montant invalide : positif, deux décimales au plus.");
        assertThat(page.entryForm.error.isVisible()).isFalse();

        assertThat(page.entryForm.body.getValue()).isEqualTo("Réunion de cadrage houleuse.");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);
    }

    @Test
    void a_correction_is_a_new_entry_and_the_corrected_one_says_so() {
        CaseScene scene = scene();
        Long id = scene.taken("Correction");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        test(page.entryForm.date).setValue(yesterday());
        test(SelectTester.class, page.entryForm.channel).selectItem("Appel");
        test(page.entryForm.body).setValue("Jeanne promet un virement vendredi.");
        addEntry(page);

        test(page.entryForm.date).setValue(yesterday());
        test(SelectTester.class, page.entryForm.channel).selectItem("Appel");
        test(page.entryForm.body).setValue("Jeanne promet un virement jeudi, pas vendredi.");
        assertThat(page.entryForm.corrects.getListDataView().getItems()).containsExactly(1, 2, 3);
        test(SelectTester.class, page.entryForm.corrects).selectItem("n° 3");
        addEntry(page);

        assertThat(entry(page, 3)).contains("Jeanne promet un virement vendredi.", "Corrigée par l’entrée n° 4");
        assertThat(entry(page, 4)).contains("Jeanne promet un virement jeudi, pas vendredi.", "Corrige l’entrée n° 3");
        assertThat(page.entryForm.corrects.getValue()).isNull();
        assertThat(textOf(span(page, "case-chain"))).isEqualTo("Journal intègre : 4 entrées chaînées");
    }

    @Test
    void an_attachment_of_a_refused_type_is_explained_the_typed_text_stays_and_a_good_file_then_goes_through()
            throws IOException {
        CaseScene scene = scene();
        Long id = scene.taken("Pièces");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        entryOfType(page, "Document");
        test(page.entryForm.title).setValue("Facture n° 12");
        test(page.entryForm.body).setValue("Facture envoyée le 3 mars.");

        page.entryForm.acceptFile("facture-12.pdf", NOT_A_DOCUMENT);
        addEntry(page);

        assertThat(page.entryForm.error.isVisible()).isTrue();
        assertThat(page.entryForm.error.getText()).startsWith("Ce type de fichier n’est pas accepté (")
                .endsWith("Pièces retirées, à déposer à nouveau sans le fichier refusé : facture-12.pdf");
        assertThat(page.entryForm.pendingFiles).isEmpty();
        assertThat(page.entryForm.files.getText()).isEmpty();
        assertThat(page.entryForm.title.getValue()).isEqualTo("Facture n° 12");
        assertThat(page.entryForm.body.getValue()).isEqualTo("Facture envoyée le 3 mars.");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);

        page.entryForm.acceptFile("facture-12.pdf", ContractDocuments.pdf());
        addEntry(page);

        assertThat(page.entryForm.error.isVisible()).as("error shown: %s", page.entryForm.error.getText()).isFalse();
        assertThat(entry(page, 3)).contains("Facture n° 12", "facture-12.pdf (");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal().get(2).files()).hasSize(1);
    }

    @Test
    void an_email_file_becomes_an_exchange_entry_with_its_original_file_and_its_attachment() throws IOException {
        CaseScene scene = scene();
        Long id = scene.taken("Courriels");
        byte[] pdf = ContractDocuments.pdf();
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        imported(page.importEmail("relance.eml", CaseSamples.eml("freelance@independant.example",
                "Relance facture n° 12 – été", "Bonjour,\nNous réglerons la facture à la fin du mois.\nJeanne",
                "facture-12.pdf", pdf, clock.instant())));

        assertThat(notificationTexts()).contains("E-mail importé comme entrée n° 3.");
        assertThat(entry(page, 3)).contains("n° 3 · Échange · E-mail · ", "Relance facture n° 12 – été",
                "jeanne.martin@alpha.example", "freelance@independant.example",
                "Nous réglerons la facture à la fin du mois.", "relance.eml (", "facture-12.pdf (");
        EntryView imported = scene.as(scene.freelancer, () -> cases.get(id)).journal().get(2);
        assertThat(imported.files()).extracting(f -> f.fileName()).containsExactly("relance.eml", "facture-12.pdf");
    }

    @Test
    void a_file_that_is_not_an_email_is_refused_under_the_import_and_the_next_good_one_clears_the_message() {
        CaseScene scene = scene();
        Long id = scene.taken("Courriels");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        imported(page.importEmail("notes.eml", new byte[] {1, 2, 3}));

        assertThat(emailStatus(page).getText()).isEqualTo("Ce fichier n’est pas un e-mail lisible (.eml).");
        assertThat(emailStatus(page).getClassNames()).contains("portal-error");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);

        imported(page.importEmail("relance.eml", CaseSamples.eml("freelance@independant.example", "Relance",
                "Bonjour", "facture.pdf", ContractDocuments.txt(), clock.instant())));

        assertThat(entry(page, 3)).contains("Relance");
        assertThat(emailStatus(page).getText()).isEmpty();
        assertThat(emailStatus(page).getClassNames()).doesNotContain("portal-error");
    }

    @Test
    void a_note_longer_than_the_limit_is_refused_with_a_message_and_the_text_is_kept() {
        CaseScene scene = scene();
        Long id = scene.taken("Notes");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        assertThat(page.entryForm.body.getMaxLength()).isEqualTo(CaseService.MAX_BODY_CHARS);
        String tooLong = "x".repeat(CaseService.MAX_BODY_CHARS + 1);

        entryOfType(page, "Note");
        // what a client that ignores the field's maxlength sends
        page.entryForm.body.setValue(tooLong);
        addEntry(page);

        assertThat(page.entryForm.error.getText()).isEqualTo("Texte trop long : 50\u202f001 caractères pour 50\u202f000 au plus. "
                + "Raccourcissez-le : rien n’a été enregistré.");
        assertThat(page.entryForm.body.getValue()).isEqualTo(tooLong);
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);
    }

    @Test
    void a_journal_holding_the_longest_note_without_spaces_is_exported_in_bounded_time() {
        CaseScene scene = scene();
        Long id = scene.taken("Notes");
        String word = "Ab1-".repeat(CaseService.MAX_BODY_CHARS / 4);
        scene.as(scene.freelancer, () -> cases.addEntry(id, new NewEntry(EntryType.NOTE, null, null,
                "p".repeat(CaseService.MAX_PARTICIPANTS_CHARS), "T".repeat(CaseService.MAX_TITLE_CHARS), word, null,
                null, null, List.of())));

        byte[] bundle = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> scene.as(scene.freelancer, () -> cases.evidenceBundle(id, "fr")));

        assertThat(EvidenceBundle.verify(bundle).intact()).isTrue();
    }

    @Test
    void an_email_upload_past_30_mb_is_refused_while_it_streams_without_being_held_in_memory() {
        CaseScene scene = scene();
        Long id = scene.taken("Courriels");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        long limit = CaseService.MAX_EMAIL_BYTES;
        long waitingBefore = TempUploads.count();

        RawUpload.Outcome outcome = RawUpload.send($(Upload.class, page).id("email-upload"), "enorme.eml",
                "message/rfc822", 2 * limit);

        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.bytesRead()).as("read no further than the limit").isLessThanOrEqualTo(limit + 64 * 1024);
        assertThat(outcome.bytesAllocated()).as("bytes allocated while receiving").isLessThan(8L * 1024 * 1024);
        assertThat(TempUploads.count()).isEqualTo(waitingBefore);
        assertThat(emailStatus(page).getText()).isEqualTo("Le fichier dépasse 30 Mo.");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);
    }

    @Test
    void files_uploaded_for_an_entry_never_added_are_deleted_when_the_page_is_left() {
        CaseScene scene = scene();
        Long id = scene.taken("Courriels");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        long waitingBefore = TempUploads.count();
        RawUpload.send($(Upload.class, page).id("entry-upload"), "note.txt", "text/plain", 10_000);
        assertThat(page.entryForm.pendingFiles).hasSize(1);
        assertThat(TempUploads.count()).isEqualTo(waitingBefore + 1);

        open(scene.page("verify"), BundleVerifyView.class);

        assertThat(TempUploads.count()).isEqualTo(waitingBefore);
    }

    // --- weak signals -----------------------------------------------------------------------------

    @Test
    void weak_signals_raise_the_risk_and_past_the_threshold_the_badge_turns_to_alert() {
        CaseScene scene = scene();
        Long id = scene.taken("Signaux");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        selectTab(page, TAB_SIGNALS);
        assertThat(textOf(page)).contains("au-delà de 50/100, le freelance et le référent sont alertés");

        addSignal(page, "Interlocuteurs clés injoignables", "Trois appels sans réponse");

        int first = RiskScore.on(clock.today(),
                List.of(new RiskScore.Signal(yesterday(), WeakSignal.KEY_CONTACTS_UNREACHABLE)));
        assertThat(notificationTexts()).contains("Signal consigné au journal.");
        assertThat(span(page, "case-risk").getText()).isEqualTo("Risque : " + first + "/100");
        assertThat(span(page, "case-risk").getElement().getThemeList()).doesNotContain("error");
        assertThat(tabs(page).getSelectedIndex()).as("still on the signals tab").isEqualTo(TAB_SIGNALS);
        assertThat(textOf($(Component.class, page).id("signal-list")))
                .contains(Formats.date(yesterday()) + " — Interlocuteurs clés injoignables — Trois appels sans réponse");

        addSignal(page, "Retard de paiement", "Facture 12 échue depuis 20 jours");

        int second = RiskScore.on(clock.today(), List.of(
                new RiskScore.Signal(yesterday(), WeakSignal.KEY_CONTACTS_UNREACHABLE),
                new RiskScore.Signal(yesterday(), WeakSignal.LATE_PAYMENT)));
        assertThat(second).isGreaterThanOrEqualTo(RiskScore.ALERT_THRESHOLD);
        assertThat(span(page, "case-risk").getText()).isEqualTo("Risque : " + second + "/100");
        assertThat(span(page, "case-risk").getElement().getThemeList()).contains("badge", "error");
        Image chart = $(Image.class, page).id("risk-chart");
        assertThat(chart.getAlt()).hasValue("Score de risque dans le temps ; aujourd’hui " + second
                + "/100, 2 signaux consignés");
        assertThat(chart.getSrc()).startsWith("data:image/svg+xml;base64,");
        for (AccountView person : List.of(scene.freelancer, scene.expert)) {
            assertThat(scene.as(person, () -> notifications.mine(20))).extracting(NotificationView::messageKey)
                    .containsOnlyOnce("case.risk");
        }
    }

    @Test
    void the_weight_of_each_signal_is_shown_beside_the_risk_chart_heaviest_first() {
        CaseScene scene = scene();
        Long id = scene.taken("Poids des signaux");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        selectTab(page, TAB_SIGNALS);

        Div weights = $(Div.class, page).id("signal-weights");
        assertThat(weights.getParent().flatMap(composite -> composite.getParent()))
                .as("in the same row as the chart").isEqualTo($(Image.class, page).id("risk-chart").getParent());
        List<String> lines = $(ListItem.class, weights).all().stream().map(ListItem::getText).toList();
        assertThat(lines).hasSize(WeakSignal.values().length);
        assertThat(lines.getFirst()).isEqualTo("Interlocuteurs clés injoignables : 30 points le jour où il est noté");
        assertThat(lines.getLast()).isEqualTo("Cahier des charges flou : 10 points le jour où il est noté");
    }

    @Test
    void a_weak_signal_needs_its_type_and_a_date_that_is_not_in_the_future() {
        CaseScene scene = scene();
        Long id = scene.taken("Signaux");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        selectTab(page, TAB_SIGNALS);

        test(page.signalForm.evidence).setValue("Le client exige de signer avant la relecture");
        test($(Button.class, page).id("signal-submit")).click();
        assertThat(errorOf(page.signalForm.type)).isEqualTo("Choisissez le signal observé.");

        test(SelectTester.class, page.signalForm.type).selectItem("Pression pour signer tout de suite et corriger plus tard");
        test(page.signalForm.date).setValue(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(3));
        test($(Button.class, page).id("signal-submit")).click();
        assertThat(errorOf(page.signalForm.type)).isNull();
        assertThat(errorOf(page.signalForm.date)).isEqualTo("La date ne peut pas être dans le futur.");
        assertThat(page.signalForm.evidence.getValue()).isEqualTo("Le client exige de signer avant la relecture");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);
    }

    // --- status moves -----------------------------------------------------------------------------

    @Test
    void the_lead_moves_the_case_to_mediation_without_a_reason() {
        CaseScene scene = scene();
        Long id = scene.taken("Médiation");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        Dialog dialog = openMove(page, "IN_MEDIATION");
        assertThat(dialog.getHeaderTitle()).isEqualTo("Passer en médiation");
        assertThat(reason(dialog).getHelperText()).isEqualTo("Facultatif ; il figure au journal.");
        confirmMove(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Statut du dossier : En médiation");
        assertThat(span(page, "case-status").getText()).isEqualTo("En médiation");
        assertThat(entry(page, 3)).contains("Passage en médiation");
        assertThat(actionIds(page)).containsExactly("case-move-RESOLVED", "case-move-ESCALATED", "case-invite",
                "case-bundle");
    }

    @Test
    void resolving_needs_a_reason_the_dialog_keeps_asking_and_then_the_journal_keeps_it() {
        CaseScene scene = scene();
        Long id = scene.taken("Résolution");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        Dialog dialog = openMove(page, "RESOLVED");
        assertThat(reason(dialog).getHelperText()).isEqualTo("Obligatoire : il figure au journal.");
        assertThat(reason(dialog).isRequiredIndicatorVisible()).isTrue();
        test(reason(dialog)).setValue("   ");
        confirmMove(dialog);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(reason(dialog))).isEqualTo("Indiquez le motif : il figure au journal.");
        assertThat(scene.as(scene.expert, () -> cases.get(id)).status()).isEqualTo(CaseStatus.TAKEN);

        test(reason(dialog)).setValue("Accord signé, paiement sous 15 jours");
        confirmMove(dialog);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(span(page, "case-status").getText()).isEqualTo("Résolu");
        assertThat(entry(page, 3)).contains("Dossier résolu", "Accord signé, paiement sous 15 jours");
        assertThat(scene.as(scene.freelancer, () -> notifications.mine(20))).extracting(NotificationView::messageKey)
                .contains("case.status");
    }

    @Test
    void the_freelancer_withdraws_with_a_reason_and_a_closed_case_takes_no_more_entries() {
        CaseScene scene = scene();
        Long id = scene.taken("Retrait");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        Dialog withdraw = openMove(page, "WITHDRAWN");
        confirmMove(withdraw);
        assertThat(errorOf(reason(withdraw))).isEqualTo("Indiquez le motif : il figure au journal.");
        test(reason(withdraw)).setValue("Le client a payé entre-temps");
        confirmMove(withdraw);
        assertThat(span(page, "case-status").getText()).isEqualTo("Retiré");
        assertThat(entry(page, 3)).contains("Dossier retiré", "Le client a payé entre-temps");

        Dialog close = openMove(page, "CLOSED");
        assertThat(reason(close).getHelperText()).isEqualTo("Facultatif ; il figure au journal.");
        confirmMove(close);

        assertThat(span(page, "case-status").getText()).isEqualTo("Clos");
        assertThat(entry(page, 4)).contains("Dossier clos");
        assertThat(actionIds(page)).containsExactly("case-bundle");
        assertThat(page.entryForm.type.isAttached()).isFalse();
        assertThat(textOf(page)).doesNotContain("Ajouter une entrée", "Importer un e-mail");
        selectTab(page, TAB_SIGNALS);
        assertThat($(Button.class, page).withId("signal-submit").exists()).isFalse();
    }

    @Test
    void the_lead_of_a_closed_case_drafts_a_lesson_learned_from_it() {
        CaseScene scene = scene();
        Long id = scene.taken("Factures impayées Alpha");
        scene.as(scene.expert, () -> cases.move(id, CaseStatus.RESOLVED, "Le client a payé après la mise en demeure"));
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));
        assertThat(actionIds(page)).doesNotContain("case-lesson");

        scene.as(scene.expert, () -> cases.move(id, CaseStatus.CLOSED, null));
        page = detail(scene.page(id));
        assertThat(actionIds(page)).contains("case-lesson");
        test($(Button.class, page).withId("case-lesson").single()).click();

        org.freelance.portal.knowledge.ui.ArticleEditorView editor =
                (org.freelance.portal.knowledge.ui.ArticleEditorView) getCurrentView();
        assertThat(editor.getPageTitle()).isEqualTo("Factures impayées Alpha");
        assertThat(textOf(editor)).contains("Parties à masquer");

        signInAs(scene.freelancer);
        assertThat(actionIds(detail(scene.page(id)))).doesNotContain("case-lesson");
    }

    @Test
    void resolving_and_closing_say_they_cannot_be_undone_before_the_confirmation_but_mediation_does_not() {
        CaseScene scene = scene();
        Long id = scene.taken("Avant de résoudre");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        Dialog resolve = openMove(page, "RESOLVED");
        assertThat($(Paragraph.class, resolve).id("move-consequence").getText())
                .isEqualTo("Un dossier résolu ne peut plus repasser en médiation ni être escaladé : il ne restera qu’à le "
                        + "clore. Ce changement est définitif.");
        test(footerButton(resolve, "Annuler")).click();
        assertThat(scene.as(scene.expert, () -> cases.get(id)).status()).isEqualTo(CaseStatus.TAKEN);

        Dialog mediation = openMove(page, "IN_MEDIATION");
        assertThat($(Paragraph.class, mediation).all()).noneMatch(p -> p.getId().equals(java.util.Optional.of("move-consequence")));
        test(footerButton(mediation, "Annuler")).click();

        scene.as(scene.expert, () -> cases.move(id, CaseStatus.RESOLVED, "Accord signé"));
        page = detail(scene.page(id));
        Dialog close = openMove(page, "CLOSED");
        assertThat($(Paragraph.class, close).id("move-consequence").getText()).startsWith("Un dossier clos ne reçoit plus");
    }

    @Test
    void cancelling_a_move_changes_nothing() {
        CaseScene scene = scene();
        Long id = scene.taken("Hésitation");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        Dialog dialog = openMove(page, "ESCALATED");
        test(reason(dialog)).setValue("Mise en demeure");
        test(footerButton(dialog, "Annuler")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(scene.as(scene.expert, () -> cases.get(id)).status()).isEqualTo(CaseStatus.TAKEN);
    }

    // --- supporters -------------------------------------------------------------------------------

    @Test
    void the_lead_invites_a_mediator_in_support_who_is_told_and_then_sees_the_case() {
        CaseScene scene = scene();
        AccountView otherExpert = scene.person("other-expert", Role.EXPERT);
        scene.person("member", Role.MEMBER);
        Long id = scene.taken("Appui");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        Dialog dialog = openInvite(page);
        ComboBox<MemberSummary> peer = peer(dialog);
        assertThat(peer.getListDataView().getItems().map(MemberSummary::userId))
                .containsExactlyInAnyOrder(scene.mediator.id(), otherExpert.id());
        peer.setValue(peer.getListDataView().getItems().filter(m -> m.userId().equals(scene.mediator.id()))
                .findFirst().orElseThrow());
        test(footerButton(dialog, "Inviter")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Person mediator suit désormais le dossier en appui.");
        assertThat(entry(page, 3)).contains("Person mediator rejoint le dossier en appui");
        selectTab(page, TAB_PEOPLE);
        assertThat(textOf($(VerticalLayout.class, page).id("case-people"))).contains("Person mediator — en appui depuis le");
        assertThat(scene.as(scene.mediator, () -> notifications.mine(10))).extracting(NotificationView::messageKey)
                .contains("case.supporter");

        signInAs(scene.mediator);
        assertThat(textOf(detail(scene.page(id)))).contains("Appui");
    }

    @Test
    void inviting_without_choosing_asks_for_a_person_and_without_anyone_left_the_dialog_says_so() {
        CaseScene scene = scene();
        Long id = scene.taken("Appui");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        Dialog dialog = openInvite(page);
        test(footerButton(dialog, "Inviter")).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(peer(dialog))).isEqualTo("Choisissez une personne.");
        test(footerButton(dialog, "Annuler")).click();

        scene.as(scene.expert, () -> cases.inviteSupporter(id, scene.mediator.id()));
        CaseDetailView again = detail(scene.page(id));
        Dialog empty = openInvite(again);
        assertThat(textOf(empty)).contains("Aucun autre expert ou médiateur disponible dans la communauté.");
    }

    // --- evidence -----------------------------------------------------------------------------------

    @Test
    void the_evidence_bundle_downloads_as_a_zip_that_checks_out_intact() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));
        addNote(page, "Note", "Une trace écrite.");

        Anchor bundle = $(Anchor.class, page).id("case-bundle");
        assertThat(bundle.getText()).isEqualTo("Exporter le paquet de preuves (ZIP)");
        assertThat(bundle.getElement().hasAttribute("download")).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(AnchorTester.class, bundle).download(out);

        EvidenceBundle.Report report = EvidenceBundle.verify(out.toByteArray());
        assertThat(report.intact()).isTrue();
        assertThat(report.caseReference()).isEqualTo(reference(scene, id));
        assertThat(report.entries()).isEqualTo(3);
        assertThat(Zips.unzip(out.toByteArray())).containsKey("journal.pdf");
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** The day before the portal's today: dates typed in these tests are relative to its clock. */
    private LocalDate yesterday() {
        return clock.today().minusDays(1);
    }

    private CaseScene scene() {
        return new CaseScene(fixtures(), cases);
    }

    private String reference(CaseScene scene, Long id) {
        return scene.as(scene.freelancer, () -> cases.get(id)).reference();
    }

    /** Opens the case as a browser does: its tab sheet attaches the open tab in the following round trip. */
    /** Waits for a background email import to end, then lets the UI take its result. */
    private static void imported(CompletableFuture<Void> importing) {
        importing.orTimeout(30, TimeUnit.SECONDS).join();
        MockVaadin.runUIQueue();
    }

    private Paragraph emailStatus(CaseDetailView page) {
        return $(Paragraph.class, page).id("email-status");
    }

    private CaseDetailView detail(String location) {
        CaseDetailView page = open(location, CaseDetailView.class);
        roundTrip();
        return page;
    }

    private void assertNotFound(String location) {
        DomainNotFoundView page = open(location, DomainNotFoundView.class);
        assertThat(textOf(page)).contains("Page introuvable", "Cette page n’existe pas, ou plus.");
    }

    private TabSheet tabs(CaseDetailView page) {
        return $(TabSheet.class, page).id("case-tabs");
    }

    private void selectTab(CaseDetailView page, int tab) {
        test(TabSheetTester.class, tabs(page)).select(tab);
        roundTrip();
    }

    private Span span(CaseDetailView page, String id) {
        return $(Span.class, page).id(id);
    }

    private String entry(CaseDetailView page, int sequence) {
        if (tabs(page).getSelectedIndex() != TAB_JOURNAL) {
            selectTab(page, TAB_JOURNAL);
        }
        return textOf($(Div.class, page).id("entry-" + sequence));
    }

    private List<String> actionIds(CaseDetailView page) {
        return $(HorizontalLayout.class, page).id("case-actions").getChildren().map(c -> c.getId().orElse("?")).toList();
    }

    private void entryOfType(CaseDetailView page, String type) {
        test(SelectTester.class, page.entryForm.type).selectItem(type);
    }

    private void addEntry(CaseDetailView page) {
        test($(Button.class, page).id("entry-submit")).click();
        roundTrip();
    }

    private void addNote(CaseDetailView page, String title, String body) {
        entryOfType(page, "Note");
        test(page.entryForm.title).setValue(title);
        test(page.entryForm.body).setValue(body);
        addEntry(page);
    }

    private void addSignal(CaseDetailView page, String signal, String evidence) {
        test(SelectTester.class, page.signalForm.type).selectItem(signal);
        test(page.signalForm.date).setValue(yesterday());
        test(page.signalForm.evidence).setValue(evidence);
        test($(Button.class, page).id("signal-submit")).click();
        roundTrip();
    }

    private Dialog openMove(CaseDetailView page, String target) {
        test($(Button.class, page).id("case-move-" + target)).click();
        return $(Dialog.class).id("move-dialog");
    }

    private TextArea reason(Dialog dialog) {
        return $(TextArea.class, dialog).id("move-reason");
    }

    private void confirmMove(Dialog dialog) {
        test(footerButton(dialog, "Confirmer")).click();
        roundTrip();
    }

    private Dialog openInvite(CaseDetailView page) {
        test($(Button.class, page).id("case-invite")).click();
        return $(Dialog.class).id("invite-dialog");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<MemberSummary> peer(Dialog dialog) {
        return $(ComboBox.class, dialog).id("invite-peer");
    }

    private static Button footerButton(Dialog dialog, String text) {
        return dialog.getFooter().getElement().getChildren().map(e -> e.getComponent().orElseThrow())
                .filter(Button.class::isInstance).map(Button.class::cast).filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow();
    }
}
