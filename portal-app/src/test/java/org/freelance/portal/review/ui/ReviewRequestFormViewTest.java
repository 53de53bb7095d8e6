package org.freelance.portal.review.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.FileRemovedEvent;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.review.ContractTextExtractor;
import org.freelance.portal.review.ReviewEnums.ContractSource;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.RawUpload;
import org.freelance.portal.testsupport.TempUploads;
import org.junit.jupiter.api.Test;

class ReviewRequestFormViewTest extends ReviewViewTestSupport {

    private static final String CONTEXT = "Intégration ITSM pour le client final.";

    @Test
    void member_sees_the_form_in_french() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));

        ReviewRequestFormView form = openForm(community);

        assertThat($(H2.class, form).single().getText()).isEqualTo("Nouvelle demande de deuxième avis");
        assertThat(form.title.getLabel()).isEqualTo("Intitulé");
        assertThat(form.identifier.getLabel()).isEqualTo("SIREN ou SIRET du client");
        assertThat(form.identifier.getHelperText()).isEqualTo("9 ou 14 chiffres, vérifiés par leur clé de contrôle");
        assertThat(form.pricing.getValue()).isEqualTo(Pricing.DAILY_RATE);
        assertThat(submit(form).getText()).isEqualTo("Lancer la pré-analyse");
        assertThat(form.contractError.isVisible()).isFalse();
        assertThat(form.getPageTitle()).isEqualTo("Nouvelle demande de deuxième avis");
    }

    @Test
    void leaving_the_form_with_typed_text_asks_first_and_confirming_leaves_while_an_untouched_form_just_leaves() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        UI.getCurrent().navigate(reviews(community));
        assertThat(getCurrentView()).isInstanceOf(ReviewListView.class);

        form = openForm(community);
        test(form.context).setValue("Contexte tapé, pas encore envoyé.");
        UI.getCurrent().navigate(reviews(community));

        assertThat(getCurrentView()).isSameAs(form);
        test(ConfirmDialogTester.class, $(ConfirmDialog.class).id("leave-confirm")).confirm();
        assertThat(getCurrentView()).isInstanceOf(ReviewListView.class);
    }

    @Test
    void member_creates_a_request_from_pasted_text_and_lands_on_its_pre_review() {
        CommunityView community = newCommunity("RevForm");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        signInAs(alice);
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission ServiceNow Banque du Nord", SIREN);
        paste(form, CONTRACT);
        test(submit(form)).click();

        assertThat(notificationTexts()).contains("Demande créée : la pré-analyse est prête.");
        ReviewDetailView page = (ReviewDetailView) getCurrentView();
        RequestDetail created = page.detail();
        assertThat(created.mission().title()).isEqualTo("Mission ServiceNow Banque du Nord");
        assertThat(created.mission().clientIdentifier()).isEqualTo("732829320");
        assertThat(created.mission().amount()).isEqualByComparingTo("650");
        assertThat(created.mission().end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(created.shown().source()).isEqualTo(ContractSource.PASTE);
        assertThat(created.findings()).extracting(FindingView::type).contains(FindingType.PAY_WHEN_PAID,
                FindingType.NOTICE_TOO_SHORT, FindingType.NO_MEDIATION);
        assertThat(as(alice, community, () -> reviews.mine())).hasSize(1);
    }

    @Test
    void member_creates_a_request_from_an_uploaded_pdf() throws Exception {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        byte[] pdf = ContractDocuments.pdf();

        fillMission(form, "Mission PDF", "");
        form.acceptUpload(pdf, "contrat-alpha.pdf");
        assertThat(form.fileStatus.getText()).isEqualTo("Fichier prêt : contrat-alpha.pdf");
        test(submit(form)).click();

        RequestDetail created = ((ReviewDetailView) getCurrentView()).detail();
        assertThat(created.shown().source()).isEqualTo(ContractSource.UPLOAD);
        assertThat(created.shown().fileName()).isEqualTo("contrat-alpha.pdf");
        assertThat(created.shown().mediaType()).isEqualTo("application/pdf");
        assertThat(created.shown().sha256()).isEqualTo(ContractTextExtractor.sha256(pdf));
        assertThat(created.mission().clientIdentifier()).isNull();
        assertThat(created.findings()).extracting(FindingView::type).contains(FindingType.PAY_WHEN_PAID,
                FindingType.PAYMENT_TOO_LATE, FindingType.NOTICE_TOO_SHORT);
    }

    @Test
    void the_upload_component_itself_hands_the_file_to_the_form() throws Exception {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission DOCX", SIREN);
        test($(Upload.class, form).id("review-upload")).upload("contrat.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ContractDocuments.docx());
        assertThat(form.fileStatus.getText()).isEqualTo("Fichier prêt : contrat.docx");
        test(submit(form)).click();

        RequestDetail created = ((ReviewDetailView) getCurrentView()).detail();
        assertThat(created.shown().fileName()).isEqualTo("contrat.docx");
        assertThat(created.shown().mediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void a_file_removed_from_the_upload_list_is_not_sent() throws Exception {
        CommunityView community = newCommunity("RevForm");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        signInAs(alice);
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "Mission au mauvais fichier", SIREN);
        Upload upload = $(Upload.class, form).id("review-upload");
        test(upload).upload("contrat-d-un-autre-client.pdf", "application/pdf", ContractDocuments.pdf());

        ComponentUtil.fireEvent(upload, new FileRemovedEvent(upload, "contrat-d-un-autre-client.pdf"));
        test(submit(form)).click();

        assertThat(form.fileStatus.getText()).isEmpty();
        assertContractRefused(form, "Joignez le contrat : un fichier ou son texte.");
        assertEverythingKept(form, "Mission au mauvais fichier", SIREN);
        assertThat(as(alice, community, () -> reviews.mine())).isEmpty();
    }

    @Test
    void invalid_siret_is_refused_on_its_field_and_nothing_typed_is_lost() {
        CommunityView community = newCommunity("RevForm");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        signInAs(alice);
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission au SIRET faux", "732 829 320 00075");
        paste(form, CONTRACT);
        test(submit(form)).click();

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(errorOf(form.identifier)).isEqualTo(
                "« 732 829 320 00075 » n’est pas un SIREN (9 chiffres) ni un SIRET (14 chiffres) valide : vérifiez les chiffres.");
        assertThat(errorOf(form.title)).isNull();
        assertThat(errorOf(form.end)).isNull();
        assertEverythingKept(form, "Mission au SIRET faux", "732 829 320 00075");
        assertThat(form.pasted.getValue()).isEqualTo(CONTRACT);
        assertThat(as(alice, community, () -> reviews.mine())).isEmpty();
    }

    @Test
    void after_correcting_the_siret_the_request_is_created_and_the_error_is_gone() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "Mission corrigée", "732 829 321");
        paste(form, CONTRACT);
        test(submit(form)).click();
        assertThat(errorOf(form.identifier)).isNotNull();

        test(form.identifier).setValue("73282932000074");
        test(submit(form)).click();

        assertThat(errorOf(form.identifier)).isNull();
        RequestDetail created = ((ReviewDetailView) getCurrentView()).detail();
        assertThat(created.mission().clientIdentifier()).isEqualTo("73282932000074");
    }

    @Test
    void end_before_start_is_refused_on_the_end_date_and_nothing_typed_is_lost() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission à l’envers", SIREN);
        test(form.start).setValue(LocalDate.of(2026, 12, 31));
        test(form.end).setValue(LocalDate.of(2026, 3, 1));
        paste(form, CONTRACT);
        test(submit(form)).click();

        assertThat(getCurrentView()).isSameAs(form);
        assertThat(errorOf(form.end)).isEqualTo("La fin de la mission doit être après son début.");
        assertThat(errorOf(form.identifier)).isNull();
        assertThat(form.start.getValue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(form.end.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(form.title.getValue()).isEqualTo("Mission à l’envers");
        assertThat(form.identifier.getValue()).isEqualTo(SIREN);
        assertThat(form.pasted.getValue()).isEqualTo(CONTRACT);
    }

    @Test
    void missing_title_and_negative_amount_are_each_refused_on_their_field() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "   ", SIREN);
        paste(form, CONTRACT);

        test(submit(form)).click();
        assertThat(errorOf(form.title)).isEqualTo("L’intitulé est obligatoire (200 caractères au plus).");

        test(form.title).setValue("Mission au montant négatif");
        form.amount.setValue(new BigDecimal("-650"));
        test(submit(form)).click();
        assertThat(errorOf(form.title)).isNull();
        assertThat(errorOf(form.amount)).isEqualTo("Le montant doit être positif, avec au plus deux décimales.");
        assertThat(form.amount.getValue()).isEqualByComparingTo("-650");
        assertThat(form.pasted.getValue()).isEqualTo(CONTRACT);
    }

    @Test
    void missing_client_is_refused_on_the_client_field() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "Mission sans client", SIREN);
        test(form.client).setValue("");
        paste(form, CONTRACT);

        test(submit(form)).click();

        assertThat(errorOf(form.client)).isEqualTo("Le nom du client est obligatoire (200 caractères au plus).");
        assertThat(form.title.getValue()).isEqualTo("Mission sans client");
    }

    @Test
    void text_too_short_is_refused_under_the_contract_and_the_text_is_kept() {
        CommunityView community = newCommunity("RevForm");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        signInAs(alice);
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission au contrat trop court", SIREN);
        paste(form, "Article 1 – Le prestataire travaille. Article 2 – Le client paie.");
        test(submit(form)).click();

        assertContractRefused(form, "Le texte est trop court pour être un contrat : collez le texte intégral.");
        assertThat(form.pasted.getValue()).isEqualTo("Article 1 – Le prestataire travaille. Article 2 – Le client paie.");
        assertEverythingKept(form, "Mission au contrat trop court", SIREN);
        assertThat(as(alice, community, () -> reviews.mine())).isEmpty();
    }

    @Test
    void no_contract_at_all_is_refused_under_the_contract() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission sans contrat", SIREN);
        test(submit(form)).click();

        assertContractRefused(form, "Joignez le contrat : un fichier ou son texte.");
        assertEverythingKept(form, "Mission sans contrat", SIREN);
    }

    @Test
    void password_protected_pdf_is_refused_and_the_file_and_the_fields_are_kept() throws Exception {
        CommunityView community = newCommunity("RevForm");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        signInAs(alice);
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission au PDF protégé", SIREN);
        form.acceptUpload(ContractDocuments.encryptedPdf(), "protege.pdf");
        test(submit(form)).click();

        assertContractRefused(form, "Ce PDF est protégé par un mot de passe : enregistrez-le sans protection puis "
                + "envoyez-le à nouveau.");
        assertThat(form.fileStatus.getText()).isEqualTo("Fichier prêt : protege.pdf");
        assertEverythingKept(form, "Mission au PDF protégé", SIREN);
        assertThat(as(alice, community, () -> reviews.mine())).isEmpty();
    }

    @Test
    void scanned_pdf_without_text_is_refused_with_the_advice_to_paste() throws Exception {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission au PDF scanné", SIREN);
        form.acceptUpload(ContractDocuments.scannedPdf(), "scan.pdf");
        test(submit(form)).click();

        assertContractRefused(form, "Aucun texte lisible dans ce document (un scan sans couche texte ?) : envoyez la "
                + "version numérique ou collez le texte.");
        assertEverythingKept(form, "Mission au PDF scanné", SIREN);
    }

    @Test
    void after_a_refused_scan_pasting_the_text_creates_the_request() throws Exception {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "Mission scannée puis collée", SIREN);
        form.acceptUpload(ContractDocuments.scannedPdf(), "scan.pdf");
        test(submit(form)).click();
        assertThat(form.contractError.isVisible()).isTrue();

        paste(form, CONTRACT);
        test(submit(form)).click();

        RequestDetail created = ((ReviewDetailView) getCurrentView()).detail();
        assertThat(created.mission().title()).isEqualTo("Mission scannée puis collée");
        assertThat(created.shown().source()).isEqualTo(ContractSource.PASTE);
    }

    @Test
    void empty_file_is_refused() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission au fichier vide", SIREN);
        form.acceptUpload(new byte[0], "vide.pdf");
        test(submit(form)).click();

        assertContractRefused(form, "Le fichier est vide.");
        assertEverythingKept(form, "Mission au fichier vide", SIREN);
    }

    @Test
    void file_over_20_mb_that_reached_the_server_is_refused() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);

        fillMission(form, "Mission au fichier énorme", SIREN);
        form.acceptUpload(new byte[(int) ContractTextExtractor.MAX_BYTES + 1], "enorme.pdf");
        test(submit(form)).click();

        assertContractRefused(form, "Le fichier dépasse 20 Mo.");
        assertEverythingKept(form, "Mission au fichier énorme", SIREN);
    }

    @Test
    void a_raw_upload_past_20_mb_is_refused_while_it_streams_without_being_held_in_memory() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "Mission au fichier énorme", SIREN);
        Upload upload = $(Upload.class, form).id("review-upload");
        long limit = ContractTextExtractor.MAX_BYTES;
        long waitingBefore = TempUploads.count();

        // a client that ignores the browser's check sends 3 times the limit, length not announced
        RawUpload.Outcome outcome = RawUpload.send(upload, "enorme.pdf", "application/pdf", 3 * limit);

        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.bytesRead()).as("read no further than the limit").isLessThanOrEqualTo(limit + 64 * 1024);
        assertThat(outcome.bytesAllocated()).as("bytes allocated while receiving").isLessThan(8L * 1024 * 1024);
        assertThat(TempUploads.count()).as("nothing left on disk").isEqualTo(waitingBefore);
        assertContractRefused(form, "Le fichier dépasse 20 Mo.");
        assertEverythingKept(form, "Mission au fichier énorme", SIREN);
    }

    @Test
    void an_uploaded_file_waits_on_disk_and_is_deleted_when_the_form_is_left() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        long waitingBefore = TempUploads.count();

        RawUpload.Outcome outcome = RawUpload.send($(Upload.class, form).id("review-upload"), "contrat.pdf",
                "application/pdf", 300_000);

        assertThat(outcome.rejected()).isFalse();
        assertThat(form.fileStatus.getText()).isEqualTo("Fichier prêt : contrat.pdf");
        assertThat(outcome.bytesAllocated()).isLessThan(4L * 1024 * 1024);
        assertThat(TempUploads.count()).isEqualTo(waitingBefore + 1);

        open(reviews(community), ReviewListView.class);

        assertThat(TempUploads.count()).isEqualTo(waitingBefore);
    }

    @Test
    void file_over_20_mb_refused_by_the_browser_is_explained_under_the_contract() {
        CommunityView community = newCommunity("RevForm");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewRequestFormView form = openForm(community);
        fillMission(form, "Mission au fichier énorme", SIREN);
        Upload upload = $(Upload.class, form).id("review-upload");

        ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "enorme.pdf"));

        assertContractRefused(form, "Le fichier dépasse 20 Mo.");
        assertEverythingKept(form, "Mission au fichier énorme", SIREN);
    }

    @Test
    void member_of_autre_cannot_open_the_form_of_another_community() {
        CommunityView community = newCommunity("RevForm");
        signInAs(BOB_OF_AUTRE);

        assertRefused(reviews(community) + "/new");
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("c/" + DEMO + "/" + ReviewListView.PAGE + "/new", LoginView.class);
    }

    private ReviewRequestFormView openForm(CommunityView community) {
        return open(reviews(community) + "/new", ReviewRequestFormView.class);
    }

    private void fillMission(ReviewRequestFormView form, String title, String identifier) {
        test(form.title).setValue(title);
        test(form.client).setValue("Alpha Conseil");
        test(form.identifier).setValue(identifier);
        form.amount.setValue(new BigDecimal("650"));
        test(form.start).setValue(LocalDate.of(2026, 3, 1));
        test(form.end).setValue(LocalDate.of(2026, 12, 31));
        test(form.context).setValue(CONTEXT);
    }

    /** Chooses the paste tab (its content is attached on the next round trip, as in a browser) and pastes. */
    private void paste(ReviewRequestFormView form, String text) {
        form.choosePaste();
        MockVaadin.clientRoundtrip();
        test(form.pasted).setValue(text);
    }

    private Button submit(ReviewRequestFormView form) {
        return $(Button.class, form).id("review-submit");
    }

    private void assertContractRefused(ReviewRequestFormView form, String message) {
        assertThat(getCurrentView()).isSameAs(form);
        assertThat(form.contractError.isVisible()).isTrue();
        assertThat(form.contractError.getText()).isEqualTo(message);
        assertThat(errorOf(form.title)).isNull();
        assertThat(errorOf(form.identifier)).isNull();
    }

    /** The mission as {@link #fillMission} typed it, still there. */
    private static void assertEverythingKept(ReviewRequestFormView form, String title, String identifier) {
        assertThat(form.title.getValue()).isEqualTo(title);
        assertThat(form.client.getValue()).isEqualTo("Alpha Conseil");
        assertThat(form.identifier.getValue()).isEqualTo(identifier);
        assertThat(form.pricing.getValue()).isEqualTo(Pricing.DAILY_RATE);
        assertThat(form.amount.getValue()).isEqualByComparingTo("650");
        assertThat(form.start.getValue()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(form.end.getValue()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(form.context.getValue()).isEqualTo(CONTEXT);
    }
}
