package org.freelance.portal.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.TimeUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleSummary;
import org.freelance.portal.knowledge.KnowledgeViews.PartyView;
import org.freelance.portal.knowledge.KnowledgeViews.ReplacementView;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.shell.DomainNotFoundView;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleReviewViewTest extends ViewTestSupport {

    @Autowired
    KnowledgeService knowledge;

    @Autowired
    CaseService cases;

    @Test
    void admin_sees_each_replacement_in_the_authors_text_and_the_preview_then_publishes_for_the_community() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.payment());
        signInAs(scene.admin);
        ArticleReviewView page = open(scene.page("review/" + id), ArticleReviewView.class);

        assertThat(page.getPageTitle()).startsWith("Relecture : Factures impayées");
        Paragraph original = $(Paragraph.class, page).withId("kb-original-WHAT_HAPPENED").single();
        assertThat(textOf(original)).contains("Jeanne Martin ne répondait plus.");
        assertThat($(Span.class, original).all()).anySatisfy(s -> {
            assertThat(s.getText()).isEqualTo("Jeanne Martin");
            assertThat(s.getClassNames()).contains("portal-kb-kept");
        });
        String preview = $(Paragraph.class, page).withId("kb-preview-WHAT_HAPPENED").single().getText();
        assertThat(preview).doesNotContain("Jeanne Martin");
        assertThat(textOf($(Div.class, page).withId("kb-leaks").single()))
                .isEqualTo("Aucune partie connue ne reste dans le texte publié.");
        assertThat(page.publish.isEnabled()).isTrue();

        test(page.publish).click();
        Dialog dialog = $(Dialog.class).withId("kb-publish-dialog").single();
        assertThat(((RadioButtonGroup<?>) $(RadioButtonGroup.class, dialog).withId("kb-publish-scope").single())
                .getValue()).isEqualTo(Scope.COMMUNITY);
        test($(Button.class, dialog).withId("kb-publish-confirm").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
        assertThat(notificationTexts()).contains("Retour d’expérience publié.");
        assertThat(scene.as(scene.member, () -> knowledge.published(id)).whatHappened()).isEqualTo(preview);
    }

    @Test
    void undoing_a_replacement_shows_the_leak_and_disables_publishing_until_it_is_kept_again() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.payment());
        ReplacementView jeanne = scene.as(scene.admin, () -> knowledge.review(id)).fields().get(Field.WHAT_HAPPENED)
                .replacements().stream().filter(r -> r.original().equals("Jeanne Martin")).findFirst().orElseThrow();
        signInAs(scene.admin);
        ArticleReviewView page = open(scene.page("review/" + id), ArticleReviewView.class);

        test($(Checkbox.class, page).withId("kb-keep-" + jeanne.id()).single()).click();

        assertThat(textOf($(Div.class, page).withId("kb-leaks").single())).contains("Encore reconnaissable",
                "Jeanne Martin");
        assertThat(page.publish.isEnabled()).isFalse();
        assertThat($(Span.class, $(Paragraph.class, page).withId("kb-original-WHAT_HAPPENED").single()).all())
                .anySatisfy(s -> assertThat(s.getClassNames()).contains("portal-kb-undone"));
        assertThat($(Paragraph.class, page).withId("kb-preview-WHAT_HAPPENED").single().getText())
                .contains("Jeanne Martin");

        test($(Checkbox.class, page).withId("kb-keep-" + jeanne.id()).single()).click();
        assertThat(page.publish.isEnabled()).isTrue();
    }

    @Test
    void admin_adds_a_replacement_on_a_passage_and_picks_an_alias_for_a_party() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.payment());
        signInAs(scene.admin);
        ArticleReviewView page = open(scene.page("review/" + id), ArticleReviewView.class);

        test(page.newReplacement.passage).setValue("un texte absent");
        test(page.newReplacement.with).setValue("trois mois");
        test(page.newReplacement.add).click();
        assertThat(errorOf(page.newReplacement.passage)).startsWith("Sélectionnez un passage du texte");
        assertThat(page.newReplacement.with.getValue()).isEqualTo("trois mois");

        test(page.newReplacement.passage).setValue("quatre-vingt-dix jours");
        test(page.newReplacement.add).click();
        assertThat(errorOf(page.newReplacement.passage)).isNull();
        assertThat($(Paragraph.class, page).withId("kb-preview-WHAT_HAPPENED").single().getText())
                .contains("pendant trois mois.").doesNotContain("quatre-vingt-dix");

        PartyView alpha = page.review.parties().stream().filter(p -> p.party().name().equals("Alpha Conseil SAS"))
                .findFirst().orElseThrow();
        test($(TextField.class, page).withId("kb-alias-" + alpha.id()).single()).setValue("Vector");
        test($(Button.class, page).withId("kb-alias-apply-" + alpha.id()).single()).click();
        assertThat($(Paragraph.class, page).withId("kb-preview-CONTEXT").single().getText())
                .contains("Vector").doesNotContain("Alpha");
        assertThat($(Paragraph.class, page).withId("kb-preview-WHAT_HAPPENED").single().getText())
                .contains("pendant trois mois.");
    }

    @Test
    void admin_returns_an_article_with_a_note_and_it_is_a_draft_again() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.scope());
        signInAs(scene.admin);
        ArticleReviewView page = open(scene.page("review/" + id), ArticleReviewView.class);

        test(page.giveBack).click();
        Dialog dialog = $(Dialog.class).withId("kb-return-dialog").single();
        test($(Button.class, dialog).withId("kb-return-confirm").single()).click();
        TextArea note = $(TextArea.class, dialog).withId("kb-return-note").single();
        assertThat(errorOf(note)).isEqualTo("Ajoutez une note pour expliquer votre décision.");
        test(note).setValue("Ajoutez ce qui a fonctionné.");
        test($(Button.class, dialog).withId("kb-return-confirm").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ReviewQueueView.class);
        assertThat(scene.as(scene.expert, () -> knowledge.review(id)).status()).isEqualTo(ArticleStatus.DRAFT);
        open(scene.page("review/" + id), DomainNotFoundView.class);

        signInAs(scene.expert);
        ArticleEditorView editor = open(scene.page("edit/" + id), ArticleEditorView.class);
        assertThat(textOf($(Div.class, editor).withId("kb-log").single())).contains("Renvoyé à l’auteur",
                "Ajoutez ce qui a fonctionné.");
    }

    @Test
    void queue_lists_articles_in_review_and_opens_one() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.scope());
        scene.draft(KnowledgeScene.simple("Pas encore soumis", "x"));
        signInAs(scene.admin);
        ReviewQueueView queue = open(scene.page("review"), ReviewQueueView.class);
        GridTester<Grid<ArticleSummary>, ArticleSummary> grid = test(queue.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Dérive du périmètre sans avenant");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Person expert");
        grid.clickRow(0);
        assertThat(((ArticleReviewView) getCurrentView()).articleId).isEqualTo(id);
    }

    @Test
    void admin_rebuilds_the_search_index_and_sees_when_it_is_done() throws Exception {
        KnowledgeScene scene = scene();
        scene.published(KnowledgeScene.scope());
        signInAs(scene.admin);
        ReviewQueueView queue = open(scene.page("review"), ReviewQueueView.class);

        test(queue.rebuild).click();
        assertThat(queue.rebuild.isEnabled()).isFalse();
        queue.running.get(60, TimeUnit.SECONDS);
        // what the background rebuild hands back to the UI runs once the session is free, as after a poll
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(queue.progressText.getText()).startsWith("Index reconstruit en");
        assertThat(queue.rebuild.isEnabled()).isTrue();
        KnowledgeSearchView search = open(scene.page(null), KnowledgeSearchView.class);
        assertThat(search.page.total()).isEqualTo(1);
    }

    @Test
    void only_admins_of_the_community_open_the_review_pages() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.payment());
        for (var person : java.util.List.of(scene.member, scene.expert)) {
            signInAs(person);
            assertRefused(scene.page("review"));
            assertRefused(scene.page("review/" + id));
            assertThat(pageText()).doesNotContain("Jeanne Martin");
        }
        signInAs(BOB_OF_AUTRE);
        assertRefused(scene.page("review/" + id));
        signInAs(ADA_ADMIN);
        assertRefused(scene.page("review/" + id));
    }

    @Test
    void admin_cannot_open_a_lesson_its_case_lead_drafted_but_never_submitted() {
        KnowledgeScene scene = scene();
        CaseIntake intake = new CaseIntake("Factures impayées chez Alpha Conseil",
                new CaseIntake.Client("Alpha Conseil SAS", null, null,
                        List.of(new CaseIntake.Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha.example", null))),
                Map.of(), new CaseIntake.Mission("Intégration ServiceNow", LocalDate.of(2025, 1, 6), null,
                        Pricing.DAILY_RATE, new BigDecimal("650"), null),
                null, new CaseIntake.Problem(ProblemCategory.LATE_PAYMENT, "Jeanne Martin ne paie pas.", null,
                        Urgency.HIGH));
        Long caseId = scene.as(scene.member, () -> cases.createDraft(intake));
        scene.as(scene.member, () -> cases.submit(caseId));
        scene.as(scene.expert, () -> cases.take(caseId, false, "Aucun lien"));
        scene.as(scene.expert, () -> cases.move(caseId, CaseStatus.RESOLVED, "Paiement obtenu"));
        scene.as(scene.expert, () -> cases.move(caseId, CaseStatus.CLOSED, null));
        Long id = scene.as(scene.expert, () -> knowledge.draftFromCase(caseId));

        signInAs(scene.admin);
        open(scene.page("review/" + id), DomainNotFoundView.class);
        assertThat(pageText()).doesNotContain("Jeanne Martin").doesNotContain("Alpha Conseil");

        signInAs(scene.expert);
        open(scene.page("edit/" + id), ArticleEditorView.class);
        assertThat(scene.as(scene.expert, () -> knowledge.review(id)).draft().whatHappened()).contains("Jeanne Martin");
    }

    private KnowledgeScene scene() {
        return new KnowledgeScene(fixtures(), knowledge);
    }
}
