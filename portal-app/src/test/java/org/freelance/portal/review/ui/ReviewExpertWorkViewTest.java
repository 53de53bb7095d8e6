package org.freelance.portal.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
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
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.junit.jupiter.api.Test;

/**
 * The expert's side of a review as a new expert met it (issue 12, item 11): the sent verdict stays
 * on screen and editable until the requester acts; a passage pasted without the PDF's line breaks is
 * found; an own point has a title; a rejection needs a reason the requester reads.
 */
class ReviewExpertWorkViewTest extends ReviewViewTestSupport {

    /** {@link #CONTRACT} as a PDF extraction gives it: the payment sentence broken where the page broke it. */
    static final String EXTRACTED = CONTRACT.replace("Les factures sont payables à 90 jours fin de mois, ",
            "Les factures sont payables à 90\njours fin de mois,\n");

    private record Scene(CommunityView community, AccountView alice, AccountView eric, Long request) {
    }

    private Scene takenByEric(String contract) {
        CommunityView community = newCommunity("RevExpert");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        AccountView eric = person(community, "Éric Expert", Role.EXPERT);
        Long request = as(alice, community, () -> reviews.create(mission("Mission ServiceNow"),
                ContractInput.paste(contract)));
        shareWithAllExperts(alice, community, request);
        take(eric, community, request);
        return new Scene(community, alice, eric, request);
    }

    // --- the verdict ---------------------------------------------------------------------------------

    @Test
    void after_sending_a_verdict_the_form_shows_it_and_it_stays_editable_until_the_requester_acts() {
        Scene s = takenByEric(CONTRACT);
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        selectTab(page, "Avis des experts");
        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, page).id("verdict-choice")).selectItem("Négocier");
        test($(TextArea.class, page).id("verdict-summary")).setValue("Négociez le paiement avant de signer.");
        test($(Button.class, page).id("verdict-submit")).click();

        Component form = selectTab(page, "Avis des experts");
        assertThat($(RadioButtonGroup.class, form).id("verdict-choice").getValue()).isEqualTo(Verdict.NEGOTIATE);
        assertThat($(TextArea.class, form).id("verdict-summary").getValue())
                .isEqualTo("Négociez le paiement avant de signer.");
        assertThat(textOf(form)).contains("Mon avis, envoyé le ",
                "Vous pouvez le modifier tant que le demandeur n’a pas commencé à négocier");
        assertThat($(Button.class, form).id("verdict-submit").getText()).isEqualTo("Mettre à jour mon avis");

        test(RadioButtonGroupTester.class, $(RadioButtonGroup.class, form).id("verdict-choice")).selectItem("Renoncer");
        test($(Button.class, form).id("verdict-submit")).click();
        assertThat(notificationTexts()).contains("Avis mis à jour : le demandeur est prévenu.");
        assertThat(myVerdict(s)).isEqualTo(Verdict.WALK_AWAY);

        as(s.alice(), s.community(), () -> {
            reviews.markPoint(s.request(), "type:PAY_WHEN_PAID", PointStatus.OBTAINED, null);
            return null;
        });
        ReviewDetailView later = openRequest(s);
        Component locked = selectTab(later, "Avis des experts");
        assertThat($(RadioButtonGroup.class, locked).id("verdict-choice").getValue()).isEqualTo(Verdict.WALK_AWAY);
        assertThat($(RadioButtonGroup.class, locked).id("verdict-choice").isReadOnly()).isTrue();
        assertThat($(TextArea.class, locked).id("verdict-summary").isReadOnly()).isTrue();
        assertThat($(Button.class, locked).withId("verdict-submit").exists()).isFalse();
        assertThat(textOf($(Paragraph.class, locked).id("verdict-locked")))
                .startsWith("Le demandeur a commencé à négocier à partir de votre avis");
    }

    // --- an expert's own point ---------------------------------------------------------------------------

    @Test
    void a_passage_pasted_without_the_pdf_line_breaks_is_found_and_the_point_is_named_by_its_title() {
        Scene s = takenByEric(EXTRACTED);
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        test($(Button.class, page).id("review-add-finding")).click();
        Dialog dialog = $(Dialog.class).id("finding-dialog");
        SelectTester<?, ?> clause = test(SelectTester.class, $(Select.class, dialog).id("finding-clause"));
        clause.selectItem(clause.getSuggestions().stream().filter(l -> l.contains("Prix et paiement")).findFirst()
                .orElseThrow());
        test($(TextField.class, dialog).id("finding-title")).setValue("Délai à 90 jours fin de mois");
        test($(TextArea.class, dialog).id("finding-excerpt"))
                .setValue("payables à 90 jours fin de mois, après réception du règlement");
        test(SelectTester.class, $(Select.class, dialog).id("finding-category")).selectItem("Conditions de paiement");
        String explanation = "Le délai dépasse 45 jours fin de mois : c’est au-delà du maximum légal, et le client "
                + "final décide en plus de la date. Demandez 30 jours date de facture.";
        test($(TextArea.class, dialog).id("finding-explanation")).setValue(explanation);
        test($(Button.class).id("finding-save")).click();

        assertThat(dialog.isOpened()).as("passage found despite the line breaks").isFalse();
        FindingView own = page.detail().findings().stream().filter(f -> f.authorName() != null).findFirst()
                .orElseThrow();
        assertThat(own.quote()).isEqualTo("payables à 90\njours fin de mois,\naprès réception du règlement");
        assertThat(textOf($(Span.class, $(Div.class, page).id("contract-text")).id("mark-" + own.id())))
                .isEqualTo(own.quote());
        assertThat(textOf($(Div.class, page).id("finding-" + own.id()))).contains("Délai à 90 jours fin de mois",
                explanation);

        selectTab(page, "Liste de négociation");
        GridTester<Grid<NegotiationItem>, NegotiationItem> grid = negotiationGrid(page);
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).type() == null).findFirst().orElseThrow();
        assertThat(grid.getCellText(row, 1)).as("the title, not the whole explanation")
                .isEqualTo("Délai à 90 jours fin de mois");
    }

    @Test
    void a_point_without_title_is_refused_on_the_title_and_keeps_what_was_typed() {
        Scene s = takenByEric(CONTRACT);
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);

        test($(Button.class, page).id("review-add-finding")).click();
        Dialog dialog = $(Dialog.class).id("finding-dialog");
        test($(TextArea.class, dialog).id("finding-excerpt")).setValue("Tribunal de commerce de Paris");
        test(SelectTester.class, $(Select.class, dialog).id("finding-category"))
                .selectItem("Droit applicable et juridiction");
        test($(TextArea.class, dialog).id("finding-explanation")).setValue("Loin de chez vous.");
        test($(Button.class).id("finding-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf($(TextField.class, dialog).id("finding-title")))
                .isEqualTo("Donnez un titre au point (200 caractères au plus).");
        assertThat($(TextArea.class, dialog).id("finding-explanation").getValue()).isEqualTo("Loin de chez vous.");
        assertThat(page.detail().findings()).allMatch(f -> f.authorName() == null);
    }

    // --- rejecting a finding -------------------------------------------------------------------------------

    @Test
    void rejecting_a_finding_needs_a_reason_which_the_requester_then_reads_on_the_set_apart_finding() {
        Scene s = takenByEric(CONTRACT);
        signInAs(s.eric());
        ReviewDetailView page = openRequest(s);
        FindingView notice = page.detail().findings().stream().filter(f -> f.type() == FindingType.NOTICE_TOO_SHORT)
                .findFirst().orElseThrow();

        test($(Button.class, page).id("reject-" + notice.id())).click();
        Dialog dialog = $(Dialog.class).id("assessment-dialog");
        assertThat($(TextArea.class, dialog).id("assessment-comment").getLabel())
                .isEqualTo("Raison (le demandeur la lira)");
        test($(Button.class).id("assessment-save")).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf($(TextArea.class, dialog).id("assessment-comment")))
                .isEqualTo("Donnez la raison pour laquelle vous écartez ce point : le demandeur la lira.");
        assertThat(page.detail().findings()).allMatch(f -> f.assessments().isEmpty());

        test($(TextArea.class, dialog).id("assessment-comment")).setValue("Huit jours suffisent pour deux semaines.");
        test($(Button.class).id("assessment-save")).click();
        assertThat(dialog.isOpened()).isFalse();

        signInAs(s.alice());
        ReviewDetailView mine = openRequest(s);
        Div card = $(Div.class, mine).id("finding-" + notice.id());
        assertThat(card.getClassNames()).contains("portal-finding-rejected");
        assertThat(textOf(card)).contains("Écarté par les experts",
                "Éric Expert : Écarté. Huit jours suffisent pour deux semaines.");
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private ReviewDetailView openRequest(Scene s) {
        return open(detail(s.community(), s.request()), ReviewDetailView.class);
    }

    private Verdict myVerdict(Scene s) {
        return as(s.eric(), s.community(), () -> reviews.get(s.request())).experts().stream()
                .filter(e -> e.expertId().equals(s.eric().id())).findFirst().orElseThrow().verdict();
    }

    /** Selects a tab as a click would; its content is attached on the round trip that follows. */
    private Component selectTab(ReviewDetailView page, String label) {
        TabSheetTester<TabSheet> tabs = test(TabSheetTester.class, $(TabSheet.class, page).id("review-tabs"));
        tabs.select(label);
        MockVaadin.clientRoundtrip();
        return tabs.getTabContent(label);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<NegotiationItem>, NegotiationItem> negotiationGrid(ReviewDetailView page) {
        return test(GridTester.class, $(Grid.class, page).id("negotiation-grid"));
    }
}
