package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetTester;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.LinkedContractService;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The linked contract on the case page: the freelancer gives and withdraws the lead's access, the
 * lead reads the contract only while the consent holds, and both see where it stands.
 */
class LinkedContractPanelTest extends ViewTestSupport {

    private static final int TAB_INTAKE = 2;

    @Autowired
    CaseService cases;
    @Autowired
    ReviewService reviews;
    @Autowired
    LinkedContractService linked;

    /** A case led by the expert and linked to the freelancer's review request of an uploaded contract. */
    private Long linkedCase(CaseScene scene) throws IOException {
        byte[] pdf = ContractDocuments.pdf();
        Long review = scene.as(scene.freelancer, () -> reviews.create(new MissionContext("Contrat Alpha",
                "Alpha Conseil SAS", null, Pricing.TOTAL, new BigDecimal("12000"), null, null, null),
                ContractInput.upload(pdf, "contrat-alpha.pdf")));
        CaseIntake base = CaseScene.intake("Contrat lié");
        CaseIntake intake = new CaseIntake(base.title(), base.client(), base.vetting(), new CaseIntake.Mission(
                base.mission().object(), null, null, null, null, review), base.scoping(), base.problem());
        Long id = scene.submitted(intake);
        scene.as(scene.expert, () -> cases.take(id, false, "Aucun lien"));
        return id;
    }

    @Test
    void freelancer_lets_the_lead_read_the_contract_then_withdraws_it_and_the_lead_sees_each_step() throws IOException {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = linkedCase(scene);

        signInAs(scene.expert);
        CaseDetailView lead = intakeTab(scene.page(id));
        assertThat(state(lead)).isEqualTo("Le contrat de la demande de deuxième avis liée n’est lisible qu’avec "
                + "l’accord de Person freelance.");
        assertThat(buttons(lead)).isEmpty();

        signInAs(scene.freelancer);
        CaseDetailView freelancer = intakeTab(scene.page(id));
        assertThat(state(freelancer)).startsWith("Person expert ne voit pas le contrat de votre demande")
                .contains("le contrat seulement, pas les avis des experts");
        assertThat(buttons(freelancer)).containsExactly("linked-contract-grant");
        test($(Button.class, freelancer).id("linked-contract-grant")).click();
        Instant since = scene.as(scene.freelancer, () -> linked.status(id)).consent().grantedAt();
        assertThat(notificationTexts()).contains("Accès au contrat donné à Person expert.");
        assertThat(state(freelancer)).isEqualTo("Person expert peut lire le contrat depuis le " + Formats.date(since)
                + " (accord donné par Person freelance).");
        assertThat(buttons(freelancer)).containsExactly("linked-contract-revoke");

        signInAs(scene.expert);
        lead = intakeTab(scene.page(id));
        assertThat(state(lead)).isEqualTo("Person freelance vous permet de lire le contrat depuis le "
                + Formats.date(since) + ".");
        test($(Button.class, lead).id("linked-contract-read")).click();
        Dialog dialog = $(Dialog.class).id("linked-contract-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("Contrat Alpha");
        assertThat(textOf($(Div.class, dialog).id("linked-contract-text")))
                .contains(ContractDocuments.LINES.getFirst().substring(0, 12));
        assertThat($(Anchor.class, dialog).id("linked-contract-file-1").getText())
                .isEqualTo("Télécharger Version 1 du " + Formats.date(since) + " · contrat-alpha.pdf");
        dialog.close();

        signInAs(scene.freelancer);
        freelancer = intakeTab(scene.page(id));
        test($(Button.class, freelancer).id("linked-contract-revoke")).click();
        assertThat(notificationTexts()).contains("Accès au contrat retiré.");
        assertThat(buttons(freelancer)).containsExactly("linked-contract-grant");
        assertThat(history(freelancer)).startsWith("Accès retiré le ").endsWith(" par Person freelance.");

        signInAs(scene.expert);
        lead = intakeTab(scene.page(id));
        assertThat(state(lead)).contains("n’est lisible qu’avec l’accord de Person freelance");
        assertThat(history(lead)).startsWith("Accès retiré le ");
        assertThat(buttons(lead)).isEmpty();
    }

    @Test
    void a_lead_whose_access_was_withdrawn_while_the_page_was_open_is_told_and_shown_nothing() throws IOException {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = linkedCase(scene);
        scene.as(scene.freelancer, () -> linked.grant(id));
        signInAs(scene.expert);
        CaseDetailView lead = intakeTab(scene.page(id));

        scene.as(scene.freelancer, () -> linked.revoke(id));
        test($(Button.class, lead).id("linked-contract-read")).click();

        assertThat($(Dialog.class).all()).noneMatch(d -> "linked-contract-dialog".equals(d.getId().orElse(null)));
        assertThat($(Paragraph.class, lead).id("linked-contract-error").getText())
                .isEqualTo("Cette page n’existe pas, ou plus.");
        assertThat(buttons(lead)).isEmpty();
    }

    @Test
    void a_supporter_sees_no_contract_panel() throws IOException {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = linkedCase(scene);
        scene.as(scene.freelancer, () -> linked.grant(id));
        scene.as(scene.expert, () -> cases.inviteSupporter(id, scene.mediator.id()));
        signInAs(scene.mediator);
        intakeTab(scene.page(id));

        assertThat($(LinkedContractPanel.class).all()).isEmpty();
        assertThat(pageText()).doesNotContain("lire le contrat");
    }

    private CaseDetailView intakeTab(String location) {
        CaseDetailView page = open(location, CaseDetailView.class);
        roundTrip();
        test(TabSheetTester.class, $(TabSheet.class, page).id("case-tabs")).select(TAB_INTAKE);
        roundTrip();
        return page;
    }

    private String state(CaseDetailView page) {
        return $(Paragraph.class, page).id("linked-contract-state").getText();
    }

    private String history(CaseDetailView page) {
        return $(Paragraph.class, page).id("linked-contract-history").getText();
    }

    private List<String> buttons(CaseDetailView page) {
        return $(Button.class, $(LinkedContractPanel.class, page).single()).all().stream()
                .map(b -> b.getId().orElse("?")).toList();
    }
}
