package org.freelance.portal.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeSearch.Sort;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.shell.DomainNotFoundView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class KnowledgeSearchViewTest extends ViewTestSupport {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    org.freelance.portal.identity.AccountService accounts;

    @Test
    void the_demo_community_comes_with_published_pseudonymised_lessons_learned() {
        signInAs(ALICE_MEMBER);
        KnowledgeSearchView page = open("c/" + DEMO + "/knowledge", KnowledgeSearchView.class);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 2 sur 2");
        assertThat(textOf(page.results.hits)).contains("Sans acompte, quatre-vingt-dix jours de factures impayées",
                "Dérive du périmètre").doesNotContain("Fin de mission", "Sophie Carpentier", "Delta Logistique");

        // the shared catalogue is every community's (other tests share articles too: search it)
        page.bar.query.setValue("avenant premier jour");
        page.bar.scope.setValue(Scope.SHARED);
        assertThat(textOf(page.results.hits)).contains("Dérive du périmètre : l'avenant avant le premier jour")
                .doesNotContain("Sans acompte, quatre-vingt-dix jours");

        signOut();
        signInAs(BOB_OF_AUTRE);
        page = open("c/" + AUTRE + "/knowledge", KnowledgeSearchView.class);
        assertThat(textOf(page.results.hits)).doesNotContain("Sans acompte");
        page.bar.query.setValue("avenant premier jour");
        page.bar.scope.setValue(Scope.SHARED);
        assertThat(textOf(page.results.hits)).contains("Dérive du périmètre : l'avenant avant le premier jour");
    }

    @Test
    void member_finds_published_articles_with_highlighted_snippets_and_reads_one() {
        KnowledgeScene scene = scene();
        Long payment = scene.published(KnowledgeScene.payment());
        scene.published(KnowledgeScene.scope());
        scene.draft(KnowledgeScene.simple("Brouillon sur l'acompte", "Acompte jamais versé."));
        signInAs(scene.member);

        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);
        assertThat(page.getPageTitle()).isEqualTo("Base de connaissances");
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 2 sur 2");
        assertThat($(Button.class, page).withId("kb-write").exists()).isFalse();
        assertThat($(Anchor.class, page).withId("kb-review-link").exists()).isFalse();

        test(page.bar.query).setValue("acompte");
        test($(Button.class, page).withId("kb-search").single()).click();

        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 1 sur 1");
        Div hit = $(Div.class, page).withId("kb-hit-" + payment).single();
        assertThat(textOf(hit)).contains("Factures impayées", "Conditions de paiement", "Acompte", "Payé intégralement", "2025");
        List<Element> marks = hit.getElement().getChildren().flatMap(Element::getChildren)
                .flatMap(Element::getChildren).filter(e -> !e.isTextNode() && "mark".equals(e.getTag())).toList();
        assertThat(marks).isNotEmpty().allSatisfy(m -> assertThat(m.getText().toLowerCase()).startsWith("acompte"));
        Anchor title = $(Anchor.class, hit).single();
        assertThat(title.getHref()).isEqualTo(scene.page(payment));

        ArticleView article = open(scene.page(payment), ArticleView.class);
        String text = textOf(article);
        assertThat(text).contains("Factures impayées", "Ce qui s’est passé", "La prochaine fois",
                "Exiger un acompte de 30 %", "Écrire les pénalités de retard dans le contrat", "6 mois",
                "Services informatiques");
        assertThat(text).doesNotContain("Jeanne Martin", "Alpha Conseil");
        assertThat(article.getElement().getTextRecursively()).doesNotContain("- Écrire");
        assertThat($(Button.class, article).withId("kb-retire").exists()).isFalse();
    }

    @Test
    void facets_show_their_counts_and_filter_the_results() {
        KnowledgeScene scene = scene();
        scene.published(KnowledgeScene.payment());
        Long scope = scene.published(KnowledgeScene.scope());
        signInAs(scene.member);
        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);

        assertThat(page.facets.categories.getItemLabelGenerator().apply(ClauseCategory.DEPOSIT)).endsWith("(1)");
        assertThat(page.facets.outcome.getItemLabelGenerator().apply(Outcome.CONTRACT_RENEGOTIATED))
                .isEqualTo("Contrat renégocié (1)");
        assertThat(page.facets.year.getItemLabelGenerator().apply(2024)).isEqualTo("2024 (1)");

        test(page.facets.outcome).selectItem("Contrat renégocié (1)");
        assertThat(page.page.hits()).extracting(h -> h.id()).containsExactly(scope);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 1 sur 1");

        test($(Button.class, page).withId("kb-clear").single()).click();
        assertThat(page.page.total()).isEqualTo(2);

        page.facets.categories.setValue(Set.of(ClauseCategory.DEPOSIT));
        assertThat(page.page.hits()).hasSize(1).allSatisfy(h -> assertThat(h.title()).startsWith("Factures"));
    }

    @Test
    void results_come_ten_by_ten_with_previous_and_next() {
        KnowledgeScene scene = scene();
        IntStream.rangeClosed(1, 12).forEach(i -> scene.published(
                KnowledgeScene.simple("Retour " + i, "Négociation du prix numéro " + i)));
        signInAs(scene.member);
        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);

        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 10 sur 12");
        assertThat(page.results.previous.isVisible()).isFalse();
        test(page.results.next).click();
        assertThat(page.results.count.getText()).isEqualTo("Résultats 11 à 12 sur 12");
        assertThat(page.results.next.isVisible()).isFalse();
        test(page.results.previous).click();
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 10 sur 12");
    }

    @Test
    void the_address_restores_the_query_and_the_sector_and_shows_only_the_matching_hits() {
        KnowledgeScene scene = scene();
        Long payment = scene.published(KnowledgeScene.payment());
        scene.published(KnowledgeScene.simple("Acompte refusé", "Le client a refusé tout acompte."));
        scene.published(KnowledgeScene.scope());
        signInAs(scene.member);

        KnowledgeSearchView page = open(scene.page(null) + "?q=acompte&sector=IT_SERVICES",
                KnowledgeSearchView.class);
        assertThat(page.bar.query.getValue()).isEqualTo("acompte");
        assertThat(page.facets.sector.getValue()).isEqualTo(Sector.IT_SERVICES);
        assertThat(page.page.hits()).extracting(h -> h.id()).containsExactly(payment);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 1 sur 1");
        assertAddress(scene.page(null) + "?q=acompte&sector=IT_SERVICES");
    }

    @Test
    void a_search_text_longer_than_the_field_holds_in_the_address_is_cut_to_it_not_run_whole() {
        KnowledgeScene scene = scene();
        scene.published(KnowledgeScene.payment());
        signInAs(scene.member);
        String hostile = "acompte" + "!".repeat(100_000) + "x";

        KnowledgeSearchView page = open(scene.page(null) + "?q=" + hostile, KnowledgeSearchView.class);

        assertThat(page.bar.query.getMaxLength()).isEqualTo(KnowledgeSearch.MAX_QUERY_CHARS);
        assertThat(page.bar.query.getValue()).hasSize(KnowledgeSearch.MAX_QUERY_CHARS).startsWith("acompte!!!");
        assertThat(page.page).isNotNull();
    }

    @Test
    void every_search_is_written_back_into_the_address_and_read_from_it() {
        KnowledgeScene scene = scene();
        Long payment = scene.published(KnowledgeScene.payment());
        scene.published(KnowledgeScene.scope());
        signInAs(scene.member);
        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);
        assertAddress(scene.page(null));

        test(page.bar.query).setValue("acompte");
        test($(Button.class, page).withId("kb-search").single()).click();
        page.facets.categories.setValue(Set.of(ClauseCategory.PAYMENT_TERMS, ClauseCategory.DEPOSIT));
        test(page.facets.outcome).selectItem("Payé intégralement (1)");
        test(page.facets.year).selectItem("2025 (1)");
        test(page.bar.sort).selectItem("Plus récents");
        String written = scene.page(null)
                + "?q=acompte&cat=PAYMENT_TERMS&cat=DEPOSIT&outcome=PAID_IN_FULL&year=2025&sort=NEWEST";
        assertAddress(written);

        // the bookmarked address in a new session brings back the same search
        signInAs(scene.member);
        KnowledgeSearchView again = open(written, KnowledgeSearchView.class);
        assertThat(again.bar.query.getValue()).isEqualTo("acompte");
        assertThat(again.facets.categories.getValue()).containsExactlyInAnyOrder(ClauseCategory.PAYMENT_TERMS,
                ClauseCategory.DEPOSIT);
        assertThat(again.facets.outcome.getValue()).isEqualTo(Outcome.PAID_IN_FULL);
        assertThat(again.facets.year.getValue()).isEqualTo(2025);
        assertThat(again.bar.sort.getValue()).isEqualTo(Sort.NEWEST);
        assertThat(again.page.hits()).extracting(h -> h.id()).containsExactly(payment);
        assertAddress(written);
    }

    @Test
    void the_shared_catalogue_is_kept_in_the_address() {
        KnowledgeScene here = scene();
        here.published(KnowledgeScene.payment(), Scope.SHARED);
        KnowledgeScene elsewhere = scene();
        signInAs(elsewhere.member);

        KnowledgeSearchView page = open(elsewhere.page(null) + "?scope=shared&q=impayées",
                KnowledgeSearchView.class);
        assertThat(page.bar.scope.getValue()).isEqualTo(Scope.SHARED);
        assertThat(page.page.hits()).extracting(h -> h.title()).contains(KnowledgeScene.payment().title());
        assertAddress(elsewhere.page(null) + "?q=impayées&scope=shared");
    }

    @Test
    void values_the_portal_does_not_know_in_the_address_are_ignored() {
        KnowledgeScene scene = scene();
        scene.published(KnowledgeScene.payment());
        scene.published(KnowledgeScene.scope());
        signInAs(scene.member);

        KnowledgeSearchView page = open(scene.page(null) + "?sector=NOPE&year=abc&from=-5&cat=NOPE&outcome=&sort=up",
                KnowledgeSearchView.class);
        assertThat(page.facets.sector.getValue()).isNull();
        assertThat(page.facets.year.getValue()).isNull();
        assertThat(page.facets.outcome.getValue()).isNull();
        assertThat(page.facets.categories.getValue()).isEmpty();
        assertThat(page.bar.sort.getValue()).isEqualTo(Sort.RELEVANCE);
        assertThat(page.offset).isZero();
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 2 sur 2");
        assertAddress(scene.page(null));
    }

    @Test
    void the_address_keeps_the_page_of_results_and_a_page_past_the_end_falls_back_to_the_first() {
        KnowledgeScene scene = scene();
        IntStream.rangeClosed(1, 12).forEach(i -> scene.published(
                KnowledgeScene.simple("Retour " + i, "Négociation du prix numéro " + i)));
        signInAs(scene.member);

        KnowledgeSearchView page = open(scene.page(null) + "?from=10", KnowledgeSearchView.class);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 11 à 12 sur 12");
        assertThat(page.results.previous.isVisible()).isTrue();
        assertThat(page.results.next.isVisible()).isFalse();
        assertAddress(scene.page(null) + "?from=10");
        test(page.results.previous).click();
        assertAddress(scene.page(null));
        test(page.results.next).click();
        assertAddress(scene.page(null) + "?from=10");

        // an offset between two pages starts the page it falls in
        page = open(scene.page(null) + "?from=13", KnowledgeSearchView.class);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 11 à 12 sur 12");

        page = open(scene.page(null) + "?from=500", KnowledgeSearchView.class);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 10 sur 12");
        assertThat(page.results.previous.isVisible()).isFalse();
        assertAddress(scene.page(null));
        // an absurd page (the largest number an address can hold) is no error either
        page = open(scene.page(null) + "?from=" + Integer.MAX_VALUE, KnowledgeSearchView.class);
        assertThat(page.results.count.getText()).isEqualTo("Résultats 1 à 10 sur 12");
    }

    @Test
    void empty_knowledge_base_and_empty_search_say_so() {
        KnowledgeScene scene = scene();
        signInAs(scene.member);
        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);
        assertThat($(Paragraph.class, page).withId("kb-empty").single().getText())
                .isEqualTo("Aucun retour d’expérience publié pour l’instant.");

        scene.published(KnowledgeScene.scope());
        test(page.bar.query).setValue("hippopotame");
        test($(Button.class, page).withId("kb-search").single()).click();
        assertThat($(Paragraph.class, page).withId("kb-empty").single().getText())
                .startsWith("Aucun résultat pour cette recherche.");
    }

    @Test
    void shared_catalogue_is_searched_and_read_from_another_community() {
        KnowledgeScene here = scene();
        Long shared = here.published(KnowledgeScene.payment(), Scope.SHARED);
        KnowledgeScene elsewhere = scene();
        signInAs(elsewhere.member);

        KnowledgeSearchView page = open(elsewhere.page(null), KnowledgeSearchView.class);
        test(page.bar.scope).selectItem("Catalogue partagé");
        assertThat(page.page.total()).isGreaterThanOrEqualTo(1);
        test(page.bar.query).setValue("impayées Jeanne");
        test($(Button.class, page).withId("kb-search").single()).click();
        Anchor link = page.page.hits().stream().map(h -> $(Div.class, page).withId("kb-hit-" + h.id()).single())
                .map(d -> $(Anchor.class, d).single()).filter(a -> a.getText().startsWith("Factures impayées"))
                .findFirst().orElseThrow();
        assertThat(link.getHref()).startsWith(elsewhere.page("shared/"));

        SharedArticleView article = open(link.getHref(), SharedArticleView.class);
        assertThat(textOf(article)).contains("Catalogue partagé", "Exiger un acompte de 30 %")
                .doesNotContain("Jeanne Martin", "Alpha Conseil");
        assertThat($(Button.class, article).withId("kb-retire").exists()).isFalse();
        assertThat(shared).isNotNull();
    }

    @Test
    void admin_retires_an_article_with_a_reason_and_members_no_longer_find_it() {
        KnowledgeScene scene = scene();
        Long id = scene.published(KnowledgeScene.scope());
        signInAs(scene.admin);
        ArticleView article = open(scene.page(id), ArticleView.class);

        test($(Button.class, article).withId("kb-retire").single()).click();
        Dialog dialog = $(Dialog.class).withId("kb-retire-dialog").single();
        test($(Button.class, dialog).withId("kb-retire-confirm").single()).click();
        TextArea note = $(TextArea.class, dialog).withId("kb-retire-note").single();
        assertThat(errorOf(note)).isEqualTo("Ajoutez une note pour expliquer votre décision.");
        test(note).setValue("Obsolète depuis la réforme");
        test($(Button.class, dialog).withId("kb-retire-confirm").single()).click();

        assertThat(getCurrentView()).isInstanceOf(KnowledgeSearchView.class);
        assertThat(((KnowledgeSearchView) getCurrentView()).page.total()).isZero();
        assertNotFound(scene.page(id));
    }

    @Test
    void drafts_are_not_readable_and_other_communities_are_refused() {
        KnowledgeScene scene = scene();
        Long draft = scene.draft(KnowledgeScene.simple("Secret", "Texte de l'auteur"));
        Long published = scene.published(KnowledgeScene.scope());
        signInAs(scene.member);
        assertNotFound(scene.page(draft));

        signInAs(BOB_OF_AUTRE);
        assertRefused(scene.page(null));
        assertRefused(scene.page(published));
        assertNotFound("c/" + AUTRE + "/knowledge/" + published);
    }

    @Test
    void an_article_number_past_the_range_of_an_id_is_not_found() {
        KnowledgeScene scene = scene();
        signInAs(scene.admin);
        String tooLarge = "99999999999999999999";

        assertNotFound(scene.page(tooLarge));
        assertNotFound(scene.page("shared/" + tooLarge));
        assertNotFound(scene.page("edit/" + tooLarge));
        assertNotFound(scene.page("review/" + tooLarge));
    }

    @Test
    void experts_see_the_write_button_and_admins_the_review_link() {
        KnowledgeScene scene = scene();
        signInAs(scene.expert);
        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);
        assertThat($(Button.class, page).withId("kb-write").exists()).isTrue();
        assertThat($(Anchor.class, page).withId("kb-review-link").exists()).isFalse();

        signInAs(scene.admin);
        page = open(scene.page(null), KnowledgeSearchView.class);
        assertThat($(Anchor.class, page).withId("kb-review-link").single().getHref())
                .isEqualTo(scene.page("review"));
        assertThat($(Anchor.class, page).withId("kb-mine-link").exists()).isTrue();
    }

    @Test
    void an_english_speaking_member_reads_the_page_in_english() {
        KnowledgeScene scene = scene();
        scene.published(KnowledgeScene.scope());
        scene.as(scene.member, () -> accounts.changeLanguage("en"));
        signInAs(scene.member);
        KnowledgeSearchView page = open(scene.page(null), KnowledgeSearchView.class);
        assertThat(page.getPageTitle()).isEqualTo("Knowledge base");
        assertThat(page.results.count.getText()).isEqualTo("Results 1 to 1 of 1");
        assertThat(page.facets.outcome.getItemLabelGenerator().apply(Outcome.CONTRACT_RENEGOTIATED))
                .isEqualTo("Contract renegotiated (1)");
    }

    @Test
    void a_snippet_shows_its_marks_as_elements_and_everything_else_as_text() {
        Span snippet = KnowledgeLabels.snippet("a &lt;script&gt;x&lt;/script&gt; <mark>acompte</mark> &amp; &#x27;b&#39;");
        assertThat(snippet.getElement().getTextRecursively()).isEqualTo("a <script>x</script> acompte & 'b'");
        assertThat(snippet.getElement().getChildren().filter(e -> !e.isTextNode() && "mark".equals(e.getTag())).map(Element::getText))
                .containsExactly("acompte");
        assertThat(snippet.getElement().getChildren().filter(e -> !e.isTextNode() && "script".equals(e.getTag()))).isEmpty();
    }

    /**
     * Asserts the address the view last wrote with history replaceState (the path and query the
     * browser shows), read from the JavaScript the UI sends the browser; parameters in any order.
     */
    private static void assertAddress(String expected) {
        List<String> written = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation())
                .filter(i -> i.getExpression().contains("replaceState") || i.getExpression().contains("replace: true"))
                .flatMap(i -> i.getParameters().stream()).filter(String.class::isInstance).map(String.class::cast)
                .toList();
        assertThat(written).as("addresses written").isNotEmpty();
        Location actual = new Location(written.getLast());
        Location wanted = new Location(expected);
        assertThat(actual.getPath()).isEqualTo(wanted.getPath());
        assertThat(actual.getQueryParameters().getParameters()).as(written.getLast())
                .isEqualTo(wanted.getQueryParameters().getParameters());
    }

    private void assertNotFound(String location) {
        DomainNotFoundView page = open(location, DomainNotFoundView.class);
        assertThat(textOf(page)).contains("Page introuvable");
    }

    private KnowledgeScene scene() {
        return new KnowledgeScene(fixtures(), knowledge);
    }

    @SuppressWarnings("unused")
    private static Class<?>[] used = {CheckboxGroup.class, Role.class};
}
