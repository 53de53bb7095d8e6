package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialogTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberFieldTester;
import java.util.Set;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleSummary;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.shell.DomainNotFoundView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ArticleEditorViewTest extends ViewTestSupport {

    @Autowired
    KnowledgeService knowledge;

    @Test
    void expert_writes_saves_and_submits_a_lesson_learned_with_its_parties() {
        KnowledgeScene scene = scene();
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("new"), ArticleEditorView.class);
        assertThat(page.getPageTitle()).isEqualTo("Nouveau retour d’expérience");

        test(page.form.title).setValue("Acompte oublié");
        test(page.form.whatHappened).setValue("Jeanne Martin a refusé de payer l'acompte.");
        page.form.categories.setValue(Set.of(ClauseCategory.DEPOSIT));
        test(page.form.outcome).selectItem("Paiement partiel");
        test(page.form.sector).selectItem("Conseil");
        test(page.form.year).setValue(2025);
        test(page.form.duration).setValue(3);
        test($(Button.class, page).withId("kb-party-add").single()).click();
        PartyRow party = page.form.parties.rows.getFirst();
        test(party.name).setValue("Jeanne Martin");
        test(party.role).selectItem("Contact chez le client");
        test(party.emails).setValue("jeanne@alpha.example, j.martin@alpha.example");
        test(page.save).click();

        assertThat(page.articleId).isNotNull();
        assertThat(notificationTexts()).contains("Brouillon enregistré.");
        ArticleReview stored = scene.as(scene.expert, () -> knowledge.review(page.articleId));
        assertThat(stored.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(stored.draft().title()).isEqualTo("Acompte oublié");
        assertThat(stored.draft().outcome()).isEqualTo(Outcome.PARTIAL_PAYMENT);
        assertThat(stored.draft().sector()).isEqualTo(Sector.CONSULTING);
        assertThat(stored.draft().year()).isEqualTo(2025);
        assertThat(stored.draft().durationMonths()).isEqualTo(3);
        assertThat(stored.draft().parties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Jeanne Martin");
            assertThat(p.role()).isEqualTo(PartyRole.CLIENT_CONTACT);
            assertThat(p.emails()).containsExactly("jeanne@alpha.example", "j.martin@alpha.example");
        });

        // submitting without "next time" is refused on that field, nothing typed is lost
        test(page.submit).click();
        assertThat(errorOf(page.form.nextTime)).isEqualTo("Indiquez ce qu’il faut faire la prochaine fois.");
        assertThat(page.form.title.getValue()).isEqualTo("Acompte oublié");
        assertThat(getCurrentView()).isSameAs(page);

        test(page.form.nextTime).setValue("Exiger un acompte");
        test(page.submit).click();
        MyArticlesView mine = (MyArticlesView) getCurrentView();
        GridTester<Grid<ArticleSummary>, ArticleSummary> grid = test(mine.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Acompte oublié");
        assertThat(grid.getCellText(0, 1)).isEqualTo("En relecture");
        assertThat(notificationTexts()).contains("Retour d’expérience envoyé en relecture.");
    }

    @Test
    void leaving_the_editor_with_text_typed_since_the_last_save_asks_first_and_after_saving_it_does_not() {
        KnowledgeScene scene = scene();
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("new"), ArticleEditorView.class);
        test(page.form.title).setValue("Acompte oublié");

        UI.getCurrent().navigate(scene.page(null));

        assertThat(getCurrentView()).isSameAs(page);
        test(ConfirmDialogTester.class, $(ConfirmDialog.class).id("leave-confirm")).cancel();
        assertThat(page.form.title.getValue()).isEqualTo("Acompte oublié");

        test(page.save).click();
        UI.getCurrent().navigate(scene.page(null));

        assertThat(getCurrentView()).isNotSameAs(page);
    }

    @Test
    void a_year_out_of_range_is_refused_at_its_field_and_nothing_typed_is_lost() {
        KnowledgeScene scene = scene();
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("new"), ArticleEditorView.class);
        test(page.form.title).setValue("Acompte oublié");
        test(page.form.whatHappened).setValue("Le client a refusé de payer l'acompte.");
        type(page.form.year, 3000);
        // the field's own validation (its max) already says so, before any save
        assertThat(errorOf(page.form.year)).isEqualTo("L’année doit être comprise entre 1990 et 2100.");

        test(page.save).click();
        assertThat(page.articleId).isNull();
        assertThat(scene.as(scene.expert, () -> knowledge.mine())).isEmpty();
        assertThat(errorOf(page.form.year)).isEqualTo("L’année doit être comprise entre 1990 et 2100.");
        assertThat(notificationTexts()).contains("Corrigez les champs signalés avant d’enregistrer.");
        assertThat(page.form.title.getValue()).isEqualTo("Acompte oublié");
        assertThat(page.form.whatHappened.getValue()).isEqualTo("Le client a refusé de payer l'acompte.");
        assertThat(page.form.year.getValue()).isEqualTo(3000);

        test(page.form.year).setValue(2025);
        assertThat(errorOf(page.form.year)).isNull();
        test(page.save).click();
        assertThat(page.articleId).isNotNull();
        assertThat(notificationTexts()).contains("Brouillon enregistré.");
        ArticleDraft stored = scene.as(scene.expert, () -> knowledge.review(page.articleId)).draft();
        assertThat(stored.title()).isEqualTo("Acompte oublié");
        assertThat(stored.year()).isEqualTo(2025);
    }

    @Test
    void a_duration_out_of_range_is_refused_at_its_field_and_nothing_typed_is_lost() {
        KnowledgeScene scene = scene();
        Long id = scene.draft(KnowledgeScene.simple("Mission sans fin", "Le client prolongeait sans avenant."));
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("edit/" + id), ArticleEditorView.class);
        test(page.form.title).setValue("Mission sans fin, renouvelée");
        type(page.form.duration, 700);
        assertThat(errorOf(page.form.duration)).isEqualTo("La durée se compte en mois, de 0 à 600.");

        test(page.save).click();
        assertThat(errorOf(page.form.duration)).isEqualTo("La durée se compte en mois, de 0 à 600.");
        assertThat(notificationTexts()).contains("Corrigez les champs signalés avant d’enregistrer.");
        assertThat(page.form.title.getValue()).isEqualTo("Mission sans fin, renouvelée");
        assertThat(page.form.duration.getValue()).isEqualTo(700);
        ArticleDraft unchanged = scene.as(scene.expert, () -> knowledge.review(id)).draft();
        assertThat(unchanged.title()).isEqualTo("Mission sans fin");
        assertThat(unchanged.durationMonths()).isEqualTo(2);

        test(page.form.duration).setValue(36);
        assertThat(errorOf(page.form.duration)).isNull();
        test(page.save).click();
        ArticleDraft saved = scene.as(scene.expert, () -> knowledge.review(id)).draft();
        assertThat(saved.title()).isEqualTo("Mission sans fin, renouvelée");
        assertThat(saved.durationMonths()).isEqualTo(36);
    }

    /**
     * Types a number as the browser sends it: the tester's own setValue refuses a value out of the
     * field's min and max, which a person can still type.
     */
    private static void type(IntegerField field, int value) {
        new NumberFieldTester<IntegerField, Integer>(field) {
            void type() {
                setValueAsUser(value);
            }
        }.type();
    }

    @Test
    void a_submitted_article_is_read_only_for_its_author_and_a_returned_one_shows_the_note() {
        KnowledgeScene scene = scene();
        Long id = scene.inReview(KnowledgeScene.scope());
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("edit/" + id), ArticleEditorView.class);
        assertThat(page.status.getText()).isEqualTo("Ce retour d’expérience est en relecture : il n’est plus modifiable.");
        assertThat(page.form.title.isReadOnly()).isTrue();
        assertThat(page.save.isAttached()).isFalse();

        scene.as(scene.admin, () -> knowledge.returnToAuthor(id, "Précisez la durée de la mission."));
        page = open(scene.page("edit/" + id), ArticleEditorView.class);
        assertThat(page.form.title.isReadOnly()).isFalse();
        assertThat(page.save.isAttached()).isTrue();
        assertThat(textOf(page.log)).contains("Renvoyé à l’auteur", "Précisez la durée de la mission.");
    }

    @Test
    void the_author_reading_a_published_article_sees_for_whom_it_was_published_in_words() {
        KnowledgeScene scene = scene();
        Long id = scene.published(KnowledgeScene.scope());
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("edit/" + id), ArticleEditorView.class);

        assertThat(page.form.title.isReadOnly()).isTrue();
        assertThat(textOf(page.log)).contains("Publié · Cette communauté").doesNotContain("COMMUNITY");
    }

    @Test
    void first_submit_of_an_empty_article_points_at_the_title() {
        KnowledgeScene scene = scene();
        signInAs(scene.admin);
        ArticleEditorView page = open(scene.page("new"), ArticleEditorView.class);
        test(page.form.whatHappened).setValue("Une histoire sans titre");
        test(page.submit).click();
        assertThat(errorOf(page.form.title)).isEqualTo("Donnez un titre au retour d’expérience.");
        assertThat(page.form.whatHappened.getValue()).isEqualTo("Une histoire sans titre");
    }

    @Test
    void a_story_longer_than_the_limit_is_refused_and_nothing_typed_is_lost() {
        KnowledgeScene scene = scene();
        signInAs(scene.expert);
        ArticleEditorView page = open(scene.page("new"), ArticleEditorView.class);
        assertThat(page.form.whatHappened.getMaxLength()).isEqualTo(KnowledgeService.MAX_STORY_CHARS);
        String tooLong = "x".repeat(KnowledgeService.MAX_STORY_CHARS + 1);

        test(page.form.title).setValue("Acompte oublié");
        // what a client that ignores the field's maxlength sends
        page.form.whatHappened.setValue(tooLong);
        test(page.save).click();

        assertThat(page.articleId).isNull();
        assertThat(page.form.title.getValue()).isEqualTo("Acompte oublié");
        assertThat(page.form.whatHappened.getValue()).isEqualTo(tooLong);
        // the field's own check or the service's: either way a message, and nothing saved
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text)
                .containsAnyOf("Texte trop long : ", "Corrigez les champs signalés"));
        assertThat(scene.as(scene.expert, () -> knowledge.mine())).isEmpty();
    }

    @Test
    void plain_members_cannot_write_and_nobody_else_opens_an_authors_draft() {
        KnowledgeScene scene = scene();
        Long draft = scene.draft(new ArticleDraft("Le texte de l'auteur", null, "Jeanne Martin, Alpha Conseil",
                null, null, null, null, null, null, null, null));
        signInAs(scene.member);
        assertRefused(scene.page("new"));
        assertRefused(scene.page("edit/" + draft));

        signInAs(scene.person("other-expert", Role.EXPERT));
        open(scene.page("edit/" + draft), DomainNotFoundView.class);
        assertThat(pageText()).doesNotContain("Jeanne Martin");

        signInAs(BOB_OF_AUTRE);
        assertRefused(scene.page("new"));
    }

    @Test
    void my_articles_lists_mine_only_and_opens_a_draft_in_the_editor() {
        KnowledgeScene scene = scene();
        Long draft = scene.draft(KnowledgeScene.simple("Mon brouillon", "Histoire"));
        Long published = scene.published(KnowledgeScene.scope());
        scene.as(scene.admin, () -> knowledge.create(KnowledgeScene.simple("Celui de l'admin", "x")));
        signInAs(scene.expert);
        MyArticlesView page = open(scene.page("mine"), MyArticlesView.class);
        GridTester<Grid<ArticleSummary>, ArticleSummary> grid = test(page.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(java.util.stream.IntStream.range(0, 2).mapToObj(i -> grid.getCellText(i, 1)))
                .containsExactlyInAnyOrder("Brouillon", "Publié");
        int row = grid.getRow(0).id().equals(draft) ? 0 : 1;
        grid.clickRow(row);
        ArticleEditorView editor = (ArticleEditorView) getCurrentView();
        assertThat(editor.form.title.getValue()).isEqualTo("Mon brouillon");
        grid.getRow(1 - row);
        assertThat(published).isNotNull();
    }

    private KnowledgeScene scene() {
        return new KnowledgeScene(fixtures(), knowledge);
    }
}
