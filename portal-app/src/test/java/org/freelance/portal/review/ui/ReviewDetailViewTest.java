package org.freelance.portal.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupTester;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.FileRemovedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.notification.ui.NotificationRoutes;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.ReviewEnums.ContractSource;
import org.freelance.portal.review.ReviewEnums.Evolution;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewViews.EvolutionView;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.shell.DomainNotFoundView;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.junit.jupiter.api.Test;

class ReviewDetailViewTest extends ReviewViewTestSupport {

    private static final String TITLE = "Mission ServiceNow Banque du Nord";

    /** A community with a requester and two experts, and one request of Alice, not shared yet. */
    private record Scene(CommunityView community, AccountView alice, AccountView eric, AccountView erin, Long request) {
    }

    private Scene scene() {
        CommunityView community = newCommunity("RevDetail");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        AccountView eric = person(community, "Éric Expert", Role.EXPERT);
        AccountView erin = person(community, "Erin Experte", Role.EXPERT);
        return new Scene(community, alice, eric, erin, request(alice, community, TITLE));
    }

    /** The scene with the request shared with every expert and taken by Éric. */
    private Scene takenByEric() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        take(s.eric(), s.community(), s.request());
        return s;
    }

    // --- the requester ----------------------------------------------------------------------------

    @Test
    void requester_sees_the_contract_with_each_finding_highlighted_on_its_passage() {
        Scene s = scene();
        signInAs(s.alice());

        ReviewDetailView page = openRequest(s);

        assertThat($(H2.class, page).first().getText()).isEqualTo(TITLE);
        assertThat(page.getPageTitle()).isEqualTo(TITLE);
        assertThat(textOf(page)).contains("Client : Alpha Conseil · demandé par Alice Requérante le ",
                " · Non partagée");
        Div contract = $(Div.class, page).id("contract-text");
        assertThat(textOf(contract)).contains("Le Client peut résilier le contrat à tout moment, sans motif");
        RequestDetail detail = page.detail();
        FindingView payWhenPaid = finding(detail, FindingType.PAY_WHEN_PAID);
        Span mark = $(Span.class, contract).id("mark-" + payWhenPaid.id());
        assertThat(textOf(mark)).isEqualTo("Les factures sont payables à 90 jours fin de mois, après réception du "
                + "règlement du client final.");
        assertThat(mark.getElement().getAttribute("title")).isEqualTo("Paiement conditionné au client final");
        assertThat(mark.getClassNames()).contains("portal-mark", "portal-severity-blocking");
        assertThat(detail.findings().stream().filter(f -> !f.isAboutMissingClause()))
                .as("every finding on a passage has its own highlight, also when several flag the same sentence")
                .hasSizeGreaterThan(3).allSatisfy(f -> assertThat(textOf($(Span.class, contract).id("mark-" + f.id())))
                        .as("mark of %s", f.type()).isEqualTo(CONTRACT.substring(f.start(), f.end())));
        assertThat(textOf(contract)).as("the text is shown once, marks or not")
                .contains("Article 2 – Prix et paiement\nLe taux journalier est de 650 € HT par jour. Les factures sont "
                        + "payables à 90 jours fin de mois, après réception du règlement du client final.")
                .containsOnlyOnce("Le Client peut résilier le contrat");
    }

    @Test
    void requester_sees_the_findings_with_explanation_and_proposed_rewrite() {
        Scene s = scene();
        signInAs(s.alice());

        ReviewDetailView page = openRequest(s);

        RequestDetail detail = page.detail();
        assertThat($(H3.class, page).first().getText()).isEqualTo("Points relevés (" + detail.findings().size() + ")");
        Div card = $(Div.class, page).id("finding-" + finding(detail, FindingType.PAY_WHEN_PAID).id());
        assertThat(textOf(card)).contains("Bloquant", "Paiement conditionné au client final",
                "Pré-analyse automatique", "Votre paiement dépend du paiement du client final",
                "Rédaction proposée : Les factures du Prestataire sont payables dans le délai convenu");
        FindingView noMediation = finding(detail, FindingType.NO_MEDIATION);
        if (noMediation.isAboutMissingClause()) {
            assertThat(textOf($(Div.class, page).id("finding-" + noMediation.id()))).contains("Clause absente du contrat.");
        }
        assertThat($(Button.class, page).withId("confirm-" + noMediation.id()).exists()).isFalse();
        assertThat($(Button.class, page).withId("review-add-finding").exists()).isFalse();
        assertThat($(Button.class, page).withId("review-take").exists()).isFalse();
    }

    @Test
    void requester_sees_the_checklist_of_present_and_missing_clauses() {
        Scene s = scene();
        signInAs(s.alice());

        ReviewDetailView page = openRequest(s);

        Div checklist = $(Div.class, page).id("checklist");
        assertThat($(Span.class, checklist).withClassName("portal-present").all()).extracting(Span::getText)
                .contains("✔ Prix", "✔ Conditions de paiement", "✔ Résiliation et préavis", "✔ Confidentialité");
        assertThat($(Span.class, checklist).withClassName("portal-missing").all()).extracting(Span::getText)
                .contains("✘ Médiation et règlement amiable", "✘ Propriété intellectuelle", "✘ Acompte");
    }

    @Test
    void requester_shares_with_all_experts_who_are_notified() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openShareDialog(page);
        assertThat(textOf(dialog)).contains("Ni les autres membres ni les administrateurs de la communauté n’y ont accès",
                "par les experts qui la rejoindront plus tard");
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).id("share-mode"))
                .selectItem("Tous les experts de la communauté");
        test($(Button.class).id("share-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Partage enregistré : les experts concernés sont prévenus.");
        assertThat(textOf(page)).contains(" · Tous les experts");
        assertThat(page.detail().shareMode()).isEqualTo(ShareMode.ALL_EXPERTS);
        assertThat(notificationKeys(s.eric(), s.community())).containsExactly("review.shared");
        assertThat(notificationKeys(s.erin(), s.community())).containsExactly("review.shared");
        assertThat(as(s.eric(), s.community(), () -> notifications.mine(10)).getFirst().arguments())
                .containsExactly("Alice Requérante", TITLE);
    }

    @Test
    void requester_shares_with_a_named_expert_only() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openShareDialog(page);
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).id("share-mode"))
                .selectItem("Des experts choisis");
        CheckboxGroup<?> experts = $(CheckboxGroup.class, dialog).id("share-experts");
        assertThat(experts.isVisible()).isTrue();
        assertThat(test(CheckboxGroupTester.class, experts).isUsable()).isTrue();
        test(CheckboxGroupTester.class, experts).selectItem("Éric Expert");
        test($(Button.class).id("share-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(textOf(page)).contains(" · Experts choisis");
        assertThat(page.detail().sharedWith()).extracting(MemberSummary::displayName).containsExactly("Éric Expert");
        assertThat(notificationKeys(s.eric(), s.community())).containsExactly("review.shared");
        assertThat(notificationKeys(s.erin(), s.community())).isEmpty();
    }

    @Test
    void share_dialog_offers_only_the_experts_and_not_the_requester() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openShareDialog(page);
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).id("share-mode"))
                .selectItem("Des experts choisis");

        CheckboxGroup<?> experts = $(CheckboxGroup.class, dialog).id("share-experts");
        assertThat(experts.getListDataView().getItems().map(m -> ((MemberSummary) m).userId()))
                .containsExactlyInAnyOrder(s.eric().id(), s.erin().id());
    }

    @Test
    void an_expert_with_the_same_name_as_the_requester_can_still_be_chosen() {
        CommunityView community = newCommunity("RevDetail");
        AccountView camille = person(community, "Camille Martin", Role.MEMBER);
        AccountView namesake = person(community, "Camille Martin", Role.EXPERT);
        Long request = request(camille, community, TITLE);
        signInAs(camille);
        ReviewDetailView page = open(detail(community, request), ReviewDetailView.class);

        Dialog dialog = openShareDialog(page);
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).id("share-mode"))
                .selectItem("Des experts choisis");
        test(CheckboxGroupTester.class, $(CheckboxGroup.class, dialog).id("share-experts")).selectItem("Camille Martin");
        test($(Button.class).id("share-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationKeys(namesake, community)).containsExactly("review.shared");
    }

    @Test
    void naming_no_expert_is_refused_in_the_dialog() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openShareDialog(page);
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).id("share-mode"))
                .selectItem("Des experts choisis");
        test($(Button.class).id("share-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf($(CheckboxGroup.class, dialog).id("share-experts"))).isEqualTo("Choisissez au moins un expert.");
        assertThat(test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).id("share-mode")).getSelected())
                .isEqualTo(ShareMode.NAMED);
        assertThat(page.detail().shareMode()).isEqualTo(ShareMode.PRIVATE);
    }

    @Test
    void requester_adds_a_better_version_and_sees_what_evolved() {
        Scene s = takenByEric();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);
        assertThat(tabLabels(page)).containsExactly("Contrat et points relevés", "Liste de négociation",
                "Avis des experts");

        Dialog dialog = openVersionDialog(page);
        test($(TextArea.class, dialog).id("version-paste")).setValue(BETTER_CONTRACT);
        test($(Button.class).id("version-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Version 2 analysée.");
        Select<?> versions = $(Select.class, page).id("review-version");
        assertThat(test(SelectTester.class, versions).getSuggestions()).containsExactly("Version 1", "Version 2");
        assertThat(versions.getValue()).isEqualTo(2);
        assertThat(tabLabels(page)).containsExactly("Contrat et points relevés", "Liste de négociation",
                "Avis des experts", "Évolution");
        Component evolution = selectTab(page, "Évolution");
        assertThat(textOf(evolution)).contains("Comparaison de la version 1 et de la version 2.");
        GridTester<Grid<EvolutionView>, EvolutionView> grid = evolutionGrid(page);
        assertThat(evolutionOf(grid, FindingType.PAY_WHEN_PAID)).isEqualTo("Résolu");
        assertThat(evolutionOf(grid, FindingType.NO_MEDIATION)).isEqualTo("Résolu");
        assertThat(evolutionOf(grid, FindingType.NOTICE_TOO_SHORT)).isEqualTo("Toujours présent");
        assertThat(evolutionOf(grid, FindingType.UNLIMITED_LIABILITY)).isEqualTo("Nouveau");
        assertThat(notificationKeys(s.eric(), s.community())).contains("review.new-version");
    }

    @Test
    void expert_shows_the_earlier_version_again_where_only_reading_is_possible() {
        Scene s = takenByEric();
        as(s.alice(), s.community(), () -> reviews.addVersion(s.request(),
                ContractInput.paste(BETTER_CONTRACT)));
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        assertThat(textOf($(Div.class, page).id("contract-text"))).contains("payables à 30 jours date de facture");

        test(SelectTester.class, $(Select.class, page).id("review-version")).selectItem("Version 1");

        assertThat(page.detail().shown().number()).isEqualTo(1);
        assertThat(textOf($(Div.class, page).id("contract-text"))).contains("payables à 90 jours fin de mois");
        FindingView payWhenPaid = finding(page.detail(), FindingType.PAY_WHEN_PAID);
        assertThat($(Span.class, page).withId("mark-" + payWhenPaid.id()).exists()).isTrue();
        assertThat($(Button.class, page).withId("confirm-" + payWhenPaid.id()).exists())
                .as("assessments apply to the latest version only").isFalse();
    }

    @Test
    void requester_uploads_a_new_version_as_a_pdf_file() throws Exception {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openVersionDialog(page);
        test($(Upload.class, dialog).single()).upload("contrat-v2.pdf", "application/pdf", ContractDocuments.pdf());
        assertThat(textOf(dialog)).contains("Fichier prêt : contrat-v2.pdf");
        test($(Button.class).id("version-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.detail().shown().number()).isEqualTo(2);
        assertThat(page.detail().shown().fileName()).isEqualTo("contrat-v2.pdf");
        assertThat(page.detail().shown().mediaType()).isEqualTo("application/pdf");
        assertThat(page.detail().evolution()).extracting(EvolutionView::evolution).contains(Evolution.RESOLVED);
    }

    @Test
    void a_file_removed_from_the_version_dialog_gives_way_to_the_pasted_text() throws Exception {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openVersionDialog(page);
        Upload upload = $(Upload.class, dialog).single();
        test(upload).upload("mauvaise-version.pdf", "application/pdf", ContractDocuments.pdf());
        ComponentUtil.fireEvent(upload, new FileRemovedEvent(upload, "mauvaise-version.pdf"));
        assertThat(textOf(dialog)).doesNotContain("Fichier prêt");
        test($(TextArea.class, dialog).id("version-paste")).setValue(BETTER_CONTRACT);
        test($(Button.class).id("version-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.detail().shown().number()).isEqualTo(2);
        assertThat(page.detail().shown().source()).isEqualTo(ContractSource.PASTE);
        assertThat(page.detail().text()).contains("payables à 30 jours date de facture");
    }

    @Test
    void a_version_file_over_20_mb_refused_by_the_browser_is_explained_in_the_dialog() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openVersionDialog(page);
        Upload upload = $(Upload.class, dialog).single();
        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "enorme.pdf"));

        assertThat($(Paragraph.class, dialog).withClassName("portal-error").single().getText())
                .isEqualTo("Le fichier dépasse 20 Mo.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void a_new_version_too_short_is_refused_in_the_dialog_and_the_text_is_kept() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Dialog dialog = openVersionDialog(page);
        test($(TextArea.class, dialog).id("version-paste")).setValue("Article unique – trop court.");
        test($(Button.class).id("version-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat($(Paragraph.class, dialog).withClassName("portal-error").single().getText())
                .isEqualTo("Le texte est trop court pour être un contrat : collez le texte intégral.");
        assertThat($(TextArea.class, dialog).id("version-paste").getValue()).isEqualTo("Article unique – trop court.");
        assertThat(page.detail().versions()).hasSize(1);
    }

    @Test
    void requester_marks_negotiation_points_obtained_conceded_or_pending() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        selectTab(page, "Liste de négociation");
        GridTester<Grid<NegotiationItem>, NegotiationItem> grid = negotiationGrid(page);
        assertThat(grid.getHeaderCell(3)).isEqualTo("Statut");
        assertThat(grid.size()).isEqualTo(negotiation(s).size());
        int payWhenPaid = pointRow(grid, FindingType.PAY_WHEN_PAID);
        int notice = pointRow(grid, FindingType.NOTICE_TOO_SHORT);
        int mediation = pointRow(grid, FindingType.NO_MEDIATION);
        assertThat(grid.getCellText(payWhenPaid, 1)).isEqualTo("Paiement conditionné au client final");
        assertThat(statusSelect(grid, payWhenPaid).getValue()).isEqualTo(PointStatus.PENDING);

        test(SelectTester.class, statusSelect(grid, payWhenPaid)).selectItem("Obtenu");
        assertThat(notificationTexts()).contains("Statut enregistré.");
        test(SelectTester.class, statusSelect(grid, notice)).selectItem("Concédé");

        assertThat(status(s, FindingType.PAY_WHEN_PAID)).isEqualTo(PointStatus.OBTAINED);
        assertThat(status(s, FindingType.NOTICE_TOO_SHORT)).isEqualTo(PointStatus.CONCEDED);
        assertThat(status(s, FindingType.NO_MEDIATION)).isEqualTo(PointStatus.PENDING);
        assertThat(test(SelectTester.class, statusSelect(grid, mediation)).getSuggestions())
                .containsExactly("En cours", "Obtenu", "Concédé");
    }

    @Test
    void a_note_on_an_obtained_point_keeps_it_obtained() {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);
        selectTab(page, "Liste de négociation");
        GridTester<Grid<NegotiationItem>, NegotiationItem> grid = negotiationGrid(page);
        int row = pointRow(grid, FindingType.PAY_WHEN_PAID);
        test(SelectTester.class, statusSelect(grid, row)).selectItem("Obtenu");

        Button note = (Button) grid.getCellComponent(row, 4);
        assertThat(note.getText()).isEqualTo("Ajouter une note");
        test(note).click();
        Dialog dialog = $(Dialog.class).all().stream().filter(Dialog::isOpened).findFirst().orElseThrow();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Note");
        test($(TextArea.class, dialog).single()).setValue("Accepté par le client le 3 mars, par écrit.");
        test($(Button.class).withText("Enregistrer").single()).click();

        assertThat(status(s, FindingType.PAY_WHEN_PAID)).isEqualTo(PointStatus.OBTAINED);
        NegotiationItem saved = negotiation(s).stream().filter(i -> i.type() == FindingType.PAY_WHEN_PAID).findFirst()
                .orElseThrow();
        assertThat(saved.note()).isEqualTo("Accepté par le client le 3 mars, par écrit.");
        MockVaadin.clientRoundtrip();
        GridTester<Grid<NegotiationItem>, NegotiationItem> again = negotiationGrid(page);
        int after = pointRow(again, FindingType.PAY_WHEN_PAID);
        assertThat(((Button) again.getCellComponent(after, 4)).getText())
                .isEqualTo("Accepté par le client le 3 mars, par écrit.");
        assertThat(statusSelect(again, after).getValue()).isEqualTo(PointStatus.OBTAINED);
    }

    @Test
    void requester_finds_both_report_links_and_downloads_the_french_pdf() throws Exception {
        Scene s = scene();
        signInAs(s.alice());
        ReviewDetailView page = openRequest(s);

        Anchor french = $(Anchor.class, page).id("review-report-fr");
        Anchor english = $(Anchor.class, page).id("review-report-en");
        assertThat(french.getText()).isEqualTo("Rapport PDF (FR)");
        assertThat(english.getText()).isEqualTo("PDF report (EN)");
        assertThat(french.getElement().hasAttribute("download")).isTrue();
        assertThat(french.getHref()).isNotBlank();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(french).download(pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    // --- the experts --------------------------------------------------------------------------------

    @Test
    void shared_expert_sees_the_take_button_and_nothing_of_the_requester() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        signInAs(s.eric());

        ReviewDetailView page = openRequest(s);

        assertThat($(Button.class, page).id("review-take").getText()).isEqualTo("Prendre cette relecture");
        assertThat($(Button.class, page).withId("review-share").exists()).isFalse();
        assertThat($(Button.class, page).withId("review-new-version").exists()).isFalse();
        assertThat($(Button.class, page).withId("review-add-finding").exists()).isFalse();
        assertThat($(Button.class, page).withCondition(b -> b.getId().orElse("").startsWith("confirm-")).exists())
                .isFalse();
        assertThat($(Anchor.class, page).withId("review-report-fr").exists()).isTrue();
        assertThat(textOf(selectTab(page, "Avis des experts"))).contains("Aucun expert n’a encore pris cette relecture.");
    }

    @Test
    void expert_takes_the_request_and_the_requester_is_notified() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        test($(Button.class, page).id("review-take")).click();

        assertThat(notificationTexts()).contains("Vous relisez ce contrat.");
        assertThat($(Button.class, page).withId("review-take").exists()).isFalse();
        assertThat($(Button.class, page).id("review-add-finding").getText()).isEqualTo("Ajouter un point");
        FindingView payWhenPaid = finding(page.detail(), FindingType.PAY_WHEN_PAID);
        assertThat($(Button.class, page).id("confirm-" + payWhenPaid.id()).getText()).isEqualTo("Confirmer");
        assertThat($(Button.class, page).id("reject-" + payWhenPaid.id()).getText()).isEqualTo("Écarter");
        assertThat(textOf(selectTab(page, "Avis des experts"))).contains("Éric Expert", "Relecture en cours depuis le ");
        List<NotificationView> toAlice = as(s.alice(), s.community(), () -> notifications.mine(10));
        assertThat(toAlice).extracting(NotificationView::messageKey).containsExactly("review.taken");
        assertThat(toAlice.getFirst().arguments()).containsExactly("Éric Expert", TITLE);
        assertThat(NotificationRoutes.route(s.community().slug(), toAlice.getFirst().target()))
                .isEqualTo(detail(s.community(), s.request()));
    }

    @Test
    void expert_confirms_a_finding_and_their_rewrite_becomes_the_proposal() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        FindingView payWhenPaid = finding(page.detail(), FindingType.PAY_WHEN_PAID);

        test($(Button.class, page).id("confirm-" + payWhenPaid.id())).click();
        Dialog dialog = openDialog();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Confirmé · Paiement conditionné au client final");
        test($(TextArea.class, dialog).id("assessment-comment")).setValue("Risque d’impayé reporté sur vous.");
        test($(TextArea.class, dialog).id("assessment-rewrite")).setValue("Paiement à 30 jours, quel que soit le client final.");
        test($(Button.class).id("assessment-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(textOf($(Div.class, page).id("finding-" + payWhenPaid.id())))
                .contains("Éric Expert : Confirmé. Risque d’impayé reporté sur vous.");
        NegotiationItem point = negotiation(s).stream().filter(i -> i.type() == FindingType.PAY_WHEN_PAID).findFirst()
                .orElseThrow();
        assertThat(point.proposal()).isEqualTo("Paiement à 30 jours, quel que soit le client final.");
        assertThat(point.confirmations()).isEqualTo(1);
    }

    @Test
    void expert_rejects_a_finding_which_leaves_the_negotiation_list() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        FindingView notice = finding(page.detail(), FindingType.NOTICE_TOO_SHORT);

        test($(Button.class, page).id("reject-" + notice.id())).click();
        Dialog dialog = openDialog();
        assertThat($(TextArea.class, dialog).withId("assessment-rewrite").exists()).as("no rewrite to reject").isFalse();
        test($(TextArea.class, dialog).id("assessment-comment")).setValue("Huit jours suffisent pour une mission courte.");
        test($(Button.class).id("assessment-save")).click();

        assertThat(textOf($(Div.class, page).id("finding-" + notice.id())))
                .contains("Éric Expert : Écarté. Huit jours suffisent pour une mission courte.");
        assertThat(negotiation(s)).extracting(NegotiationItem::type).doesNotContain(FindingType.NOTICE_TOO_SHORT)
                .contains(FindingType.PAY_WHEN_PAID);
    }

    @Test
    void expert_adds_their_own_finding_on_a_passage_which_is_then_highlighted() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        String passage = "garder strictement confidentielles toutes les informations du Client";

        test($(Button.class, page).id("review-add-finding")).click();
        Dialog dialog = $(Dialog.class).id("finding-dialog");
        SelectTester<?, ?> clause = test(SelectTester.class, $(Select.class, dialog).id("finding-clause"));
        clause.selectItem(suggestionContaining(clause, "Confidentialité"));
        test($(TextField.class, dialog).id("finding-title")).setValue("Secret à sens unique");
        test($(TextArea.class, dialog).id("finding-excerpt")).setValue(passage);
        test(SelectTester.class, $(Select.class, dialog).id("finding-category")).selectItem("Confidentialité");
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, dialog).single()).selectItem("Majeur");
        test($(TextArea.class, dialog).id("finding-explanation")).setValue("Seul le prestataire est tenu au secret.");
        test($(TextArea.class, dialog).id("finding-rewrite")).setValue("Chacune des parties garde confidentielles...");
        test($(Button.class).id("finding-save")).click();

        assertThat(dialog.isOpened()).isFalse();
        FindingView own = page.detail().findings().stream().filter(f -> f.authorName() != null).findFirst().orElseThrow();
        assertThat(own.start()).isEqualTo(CONTRACT.indexOf(passage));
        assertThat(textOf($(Div.class, page).id("finding-" + own.id()))).contains("Secret à sens unique", "Relevé par Éric Expert",
                "Seul le prestataire est tenu au secret.", "Rédaction proposée : Chacune des parties garde confidentielles...");
        assertThat(textOf($(Span.class, $(Div.class, page).id("contract-text")).id("mark-" + own.id()))).isEqualTo(passage);
        assertThat(negotiation(s)).extracting(NegotiationItem::explanation).contains("Seul le prestataire est tenu au secret.");
    }

    @Test
    void a_passage_not_in_the_contract_is_refused_and_the_dialog_keeps_what_was_typed() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        test($(Button.class, page).id("review-add-finding")).click();
        Dialog dialog = $(Dialog.class).id("finding-dialog");
        test($(TextArea.class, dialog).id("finding-excerpt")).setValue("une phrase qui n’existe pas dans le contrat");
        test(SelectTester.class, $(Select.class, dialog).id("finding-category")).selectItem("Prix");
        test($(TextArea.class, dialog).id("finding-explanation")).setValue("Explication gardée.");
        test($(Button.class).id("finding-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf($(TextArea.class, dialog).id("finding-excerpt")))
                .isEqualTo("Ce passage est introuvable dans le contrat (ou dans la clause choisie) : vérifiez les mots copiés.");
        assertThat($(TextArea.class, dialog).id("finding-excerpt").getValue())
                .isEqualTo("une phrase qui n’existe pas dans le contrat");
        assertThat($(TextArea.class, dialog).id("finding-explanation").getValue()).isEqualTo("Explication gardée.");
        assertThat(page.detail().findings()).allMatch(f -> f.authorName() == null);
    }

    @Test
    void own_finding_without_explanation_is_refused_on_the_explanation() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        test($(Button.class, page).id("review-add-finding")).click();
        Dialog dialog = $(Dialog.class).id("finding-dialog");
        test($(TextField.class, dialog).id("finding-title")).setValue("Tribunal lointain");
        test($(TextArea.class, dialog).id("finding-excerpt")).setValue("Tribunal de commerce de Paris");
        test(SelectTester.class, $(Select.class, dialog).id("finding-category")).selectItem("Droit applicable et juridiction");
        test($(Button.class).id("finding-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf($(TextArea.class, dialog).id("finding-explanation")))
                .isEqualTo("Une explication, une catégorie et une gravité sont nécessaires.");
        assertThat($(TextArea.class, dialog).id("finding-excerpt").getValue()).isEqualTo("Tribunal de commerce de Paris");
    }

    @Test
    void expert_comments_on_a_clause_and_the_requester_reads_it() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        int clause = page.detail().clauses().stream().filter(c -> c.heading().contains("Résiliation")).findFirst()
                .orElseThrow().index();

        Button discuss = $(Button.class, page).id("discuss-" + clause);
        assertThat(discuss.getText()).isEqualTo("Discussion (0)");
        test(discuss).click();
        Dialog dialog = $(Dialog.class).id("discussion-dialog");
        assertThat(dialog.getHeaderTitle()).startsWith("Discussion sur la clause ").contains("Résiliation");
        assertThat(textOf(dialog)).contains("Aucun message sur cette clause.");
        test($(TextArea.class, dialog).id("discussion-message")).setValue("Demandez un préavis d’un mois réciproque.");
        test($(Button.class).id("discussion-send")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat($(Button.class, page).id("discuss-" + clause).getText()).isEqualTo("Discussion (1)");

        signInAs(s.alice());
        ReviewDetailView mine = openRequest(s);
        test($(Button.class, mine).id("discuss-" + clause)).click();
        assertThat(textOf($(Dialog.class).id("discussion-dialog"))).contains("Éric Expert · ",
                "Demandez un préavis d’un mois réciproque.");
    }

    @Test
    void an_empty_comment_is_refused_in_the_dialog() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        test($(Button.class, page).id("discuss-" + page.detail().clauses().getFirst().index())).click();
        Dialog dialog = $(Dialog.class).id("discussion-dialog");
        test($(TextArea.class, dialog).id("discussion-message")).setValue("   ");
        test($(Button.class).id("discussion-send")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf($(TextArea.class, dialog).id("discussion-message"))).isEqualTo("Le message est vide.");
    }

    @Test
    void expert_gives_a_verdict_and_the_requester_is_notified_and_reads_it() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        selectTab(page, "Avis des experts");
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, page).id("verdict-choice")).selectItem("Négocier");
        test($(TextArea.class, page).id("verdict-summary")).setValue("Négociez le paiement et le préavis avant de signer.");
        test($(Button.class, page).id("verdict-submit")).click();

        assertThat(notificationTexts()).contains("Avis envoyé : le demandeur est prévenu.");
        List<NotificationView> toAlice = as(s.alice(), s.community(), () -> notifications.mine(10));
        assertThat(toAlice.getFirst().messageKey()).isEqualTo("review.verdict");
        assertThat(toAlice.getFirst().arguments()).containsExactly("Éric Expert", TITLE, "NEGOTIATE");

        signInAs(s.alice());
        ReviewDetailView mine = openRequest(s);
        Component experts = selectTab(mine, "Avis des experts");
        assertThat($(Span.class, experts).withClassName("portal-verdict-negotiate").single().getText()).isEqualTo("Négocier");
        assertThat(textOf(experts)).contains("Éric Expert", "Négociez le paiement et le préavis avant de signer.");
        assertThat($(RadioButtonGroup.class, mine).withId("verdict-choice").exists()).isFalse();
    }

    @Test
    void a_verdict_without_summary_is_refused_and_the_choice_is_kept() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        selectTab(page, "Avis des experts");
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, page).id("verdict-choice")).selectItem("Renoncer");
        test($(Button.class, page).id("verdict-submit")).click();

        assertThat(errorOf($(TextArea.class, page).id("verdict-summary")))
                .isEqualTo("Choisissez un verdict et rédigez une synthèse.");
        assertThat($(RadioButtonGroup.class, page).id("verdict-choice").getValue()).hasToString("WALK_AWAY");
        assertThat(notificationKeys(s.alice(), s.community())).doesNotContain("review.verdict");
    }

    @Test
    void a_verdict_summary_longer_than_the_limit_is_refused_and_kept() {
        Scene s = takenByEric();
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        String tooLong = "Négociez. ".repeat(ReviewService.MAX_SUMMARY_CHARS / 10 + 1);

        selectTab(page, "Avis des experts");
        TextArea summary = $(TextArea.class, page).id("verdict-summary");
        assertThat(summary.getMaxLength()).isEqualTo(ReviewService.MAX_SUMMARY_CHARS);
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, page).id("verdict-choice")).selectItem("Négocier");
        // what a client that ignores the field's maxlength sends
        summary.setValue(tooLong);
        test($(Button.class, page).id("verdict-submit")).click();

        assertThat(errorOf($(TextArea.class, page).id("verdict-summary"))).startsWith("Texte trop long : ");
        assertThat($(TextArea.class, page).id("verdict-summary").getValue()).isEqualTo(tooLong);
        assertThat(notificationKeys(s.alice(), s.community())).doesNotContain("review.verdict");
    }

    @Test
    void named_expert_opens_the_request() {
        Scene s = scene();
        shareWith(s.alice(), s.community(), s.request(), s.eric());
        signInAs(s.eric());

        ReviewDetailView page = openRequest(s);

        assertThat(page.detail().id()).isEqualTo(s.request());
    }

    // --- who may not see it -----------------------------------------------------------------------

    @Test
    void community_admin_gets_not_found_for_a_request_of_a_member() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        signInAs(person(s.community(), "Ada Admin", Role.ADMIN));

        assertNotFound(detail(s.community(), s.request()));
    }

    @Test
    void expert_not_named_gets_not_found() {
        Scene s = scene();
        shareWith(s.alice(), s.community(), s.request(), s.eric());
        signInAs(s.erin());

        assertNotFound(detail(s.community(), s.request()));
    }

    @Test
    void expert_gets_not_found_while_the_request_is_not_shared() {
        Scene s = scene();
        signInAs(s.eric());

        assertNotFound(detail(s.community(), s.request()));
    }

    @Test
    void plain_member_gets_not_found() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        signInAs(person(s.community(), "Marc Membre", Role.MEMBER));

        assertNotFound(detail(s.community(), s.request()));
    }

    @Test
    void member_of_autre_gets_not_found_for_the_request_id_in_their_community_and_is_refused_in_its_own() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        signInAs(BOB_OF_AUTRE);

        assertNotFound("c/" + AUTRE + "/" + ReviewListView.PAGE + "/" + s.request());
        assertRefused(detail(s.community(), s.request()));
    }

    @Test
    void expert_of_autre_gets_not_found_even_for_a_request_shared_with_all_experts() {
        Scene s = scene();
        shareWithAllExperts(s.alice(), s.community(), s.request());
        signInAs(ERIC_EXPERT);

        assertNotFound("c/" + AUTRE + "/" + ReviewListView.PAGE + "/" + s.request());
    }

    @Test
    void non_numeric_id_is_not_found() {
        Scene s = scene();
        signInAs(s.alice());

        assertNotFound(reviews(s.community()) + "/abc");
    }

    @Test
    void an_id_past_the_range_of_a_number_is_not_found() {
        Scene s = scene();
        signInAs(s.alice());

        assertNotFound(reviews(s.community()) + "/99999999999999999999");
    }

    @Test
    void unknown_id_is_not_found() {
        Scene s = scene();
        signInAs(s.alice());

        assertNotFound(reviews(s.community()) + "/" + (s.request() + 1_000_000));
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        Scene s = scene();

        open(detail(s.community(), s.request()), LoginView.class);
    }

    // --- helpers ------------------------------------------------------------------------------------

    private ReviewDetailView openRequest(Scene s) {
        return open(detail(s.community(), s.request()), ReviewDetailView.class);
    }

    private void assertNotFound(String location) {
        DomainNotFoundView page = open(location, DomainNotFoundView.class);
        assertThat($(H2.class, page).single().getText()).isEqualTo("Page introuvable");
        assertThat(textOf(page)).contains("Cette page n’existe pas, ou plus.").doesNotContain(TITLE);
    }

    private static FindingView finding(RequestDetail detail, FindingType type) {
        return detail.findings().stream().filter(f -> f.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + type + " in " + detail.findings()));
    }

    private Dialog openShareDialog(ReviewDetailView page) {
        test($(Button.class, page).id("review-share")).click();
        return $(Dialog.class).id("share-dialog");
    }

    private Dialog openVersionDialog(ReviewDetailView page) {
        test($(Button.class, page).id("review-new-version")).click();
        return $(Dialog.class).id("version-dialog");
    }

    private Dialog openDialog() {
        return $(Dialog.class).all().stream().filter(Dialog::isOpened).reduce((a, b) -> b).orElseThrow();
    }

    /** Selects a tab as a click would; its content is attached on the round trip that follows. */
    private Component selectTab(ReviewDetailView page, String label) {
        TabSheetTester<TabSheet> tabs = test(TabSheetTester.class, $(TabSheet.class, page).id("review-tabs"));
        tabs.select(label);
        MockVaadin.clientRoundtrip();
        return tabs.getTabContent(label);
    }

    private List<String> tabLabels(ReviewDetailView page) {
        TabSheet tabs = $(TabSheet.class, page).id("review-tabs");
        return IntStream.range(0, tabs.getTabCount()).mapToObj(i -> tabs.getTabAt(i).getLabel()).toList();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<NegotiationItem>, NegotiationItem> negotiationGrid(ReviewDetailView page) {
        return test(GridTester.class, $(Grid.class, page).id("negotiation-grid"));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<EvolutionView>, EvolutionView> evolutionGrid(ReviewDetailView page) {
        return test(GridTester.class, $(Grid.class, page).id("evolution-grid"));
    }

    private static String evolutionOf(GridTester<Grid<EvolutionView>, EvolutionView> grid, FindingType type) {
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no evolution of " + type));
        return grid.getCellText(row, 2);
    }

    private static int pointRow(GridTester<Grid<NegotiationItem>, NegotiationItem> grid, FindingType type) {
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no negotiation point " + type));
    }

    @SuppressWarnings("unchecked")
    private static Select<PointStatus> statusSelect(GridTester<Grid<NegotiationItem>, NegotiationItem> grid, int row) {
        return (Select<PointStatus>) grid.getCellComponent(row, 3);
    }

    private List<NegotiationItem> negotiation(Scene s) {
        return as(s.alice(), s.community(), () -> reviews.negotiationList(s.request()));
    }

    private PointStatus status(Scene s, FindingType type) {
        return negotiation(s).stream().filter(i -> i.type() == type).findFirst().orElseThrow().status();
    }

    private static String suggestionContaining(SelectTester<?, ?> select, String text) {
        return select.getSuggestions().stream().filter(label -> label.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no clause " + text + " in " + select.getSuggestions()));
    }
}
