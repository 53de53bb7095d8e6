package org.freelance.portal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeSearch.Hit;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.knowledge.KnowledgeSearch.Sort;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The knowledge base's search on the real database and index: analysis, facets, highlights, tenancy. */
@DomainIntegrationTest
public class KnowledgeSearchIT {

    @Autowired TestFixtures fixtures;
    @Autowired KnowledgeService knowledge;
    @Autowired KnowledgeSearch search;

    CommunityView community;
    AccountView expert;
    AccountView admin;
    AccountView member;
    Long payment;
    Long scope;
    Long english;

    @BeforeEach
    void articles() {
        community = fixtures.community("Search");
        expert = fixtures.member(community, Role.EXPERT);
        admin = fixtures.member(community, Role.ADMIN);
        member = fixtures.member(community, Role.MEMBER);
        payment = publish(new ArticleDraft("Factures impayées : l'acompte qui aurait tout changé",
                "Mission de six mois pour Alpha Conseil sans acompte.",
                "Le client a relancé trois fois son propre donneur d'ordre ; les factures sont restées impayées "
                        + "pendant quatre-vingt-dix jours. Jeanne Martin ne répondait plus.",
                "Une mise en demeure précise, avec les pénalités de retard calculées, a débloqué le paiement.",
                "Exiger un acompte de 30 %\nÉcrire les pénalités de retard dans le contrat",
                Set.of(ClauseCategory.PAYMENT_TERMS, ClauseCategory.DEPOSIT), Outcome.PAID_IN_FULL, 6,
                Sector.IT_SERVICES, 2025, List.of(KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil SAS"),
                        KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin"))));
        scope = publish(new ArticleDraft("Dérive du périmètre sans avenant",
                "Refonte d'un portail de données.",
                "Le périmètre a doublé au fil des réunions, sans avenant ni nouveau devis.",
                "Un avenant signé avant toute nouvelle demande.",
                "Refuser tout travail hors périmètre sans avenant écrit",
                Set.of(ClauseCategory.OBJECT_SCOPE, ClauseCategory.UNILATERAL_CHANGE), Outcome.CONTRACT_RENEGOTIATED,
                4, Sector.DATA, 2024, List.of()));
        english = publish(new ArticleDraft("Late invoices and a missing deposit",
                "Six-month data migration for a retailer.",
                "The client kept delaying payment of invoices until the end customer paid.",
                "A formal notice with the late-payment penalties computed.",
                "Ask for a deposit\nRefuse pay-when-paid clauses",
                Set.of(ClauseCategory.PAYMENT_TERMS), Outcome.PAID_IN_FULL, 6, Sector.RETAIL, 2025, List.of()));
        // a draft is never found
        fixtures.as(expert, community, () -> knowledge.create(new ArticleDraft("Brouillon sur les factures",
                null, "Factures impayées, brouillon non publié.", null, "x", null, null, null, null, null, null)));
    }

    Long publish(ArticleDraft draft) {
        return publish(draft, Scope.COMMUNITY);
    }

    Long publish(ArticleDraft draft, Scope scope) {
        Long id = fixtures.as(expert, community, () -> knowledge.create(draft));
        fixtures.as(expert, community, () -> knowledge.submit(id));
        fixtures.as(admin, community, () -> knowledge.publish(id, scope));
        return id;
    }

    @Autowired org.freelance.portal.cases.CaseService cases;
    @Autowired org.freelance.portal.review.ReviewService reviews;

    @Test
    void a_case_and_a_review_request_are_shown_the_most_similar_published_articles() {
        org.freelance.portal.cases.CaseIntake intake = new org.freelance.portal.cases.CaseIntake(
                "Factures impayées, aucun acompte", null, null,
                new org.freelance.portal.cases.CaseIntake.Mission("Migration de données", null, null, null, null,
                        null),
                null, new org.freelance.portal.cases.CaseIntake.Problem(
                        org.freelance.portal.cases.CaseEnums.ProblemCategory.LATE_PAYMENT,
                        "Le client ne paie plus les factures depuis deux mois.", null,
                        org.freelance.portal.cases.CaseEnums.Urgency.HIGH));
        Long caseId = fixtures.as(member, community, () -> cases.createDraft(intake));
        List<Hit> similar = fixtures.as(member, community, () -> search.similarToCase(caseId));
        assertThat(similar).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(similar.getFirst().id()).isEqualTo(payment);
        assertThatThrownBy(() -> fixtures.as(expert, community, () -> search.similarToCase(caseId)))
                .isInstanceOf(org.freelance.portal.base.NotFoundException.class);

        String contract = "CONTRAT DE PRESTATION\n\nArticle 1 – Objet\nLe Prestataire réalise une migration de "
                + "données.\n\nArticle 2 – Paiement\nLes factures sont payables à 90 jours fin de mois, après "
                + "paiement par le client final.\n\n" + "Le prestataire exécute la mission avec soin. ".repeat(10);
        Long requestId = fixtures.as(member, community, () -> reviews.create(new org.freelance.portal.review.MissionContext(
                "Migration de données", "Beta", null, org.freelance.portal.review.ReviewEnums.Pricing.TOTAL,
                null, null, null, null), org.freelance.portal.review.ContractInput.paste(contract)));
        assertThat(fixtures.as(member, community, () -> search.similarToReview(requestId))).extracting(Hit::id)
                .contains(payment, english);
    }

    @Test
    void a_shared_article_is_read_by_every_community_in_the_catalogue_until_it_is_retired() {
        String unique = "Zephyrine" + TestFixtures.unique().replaceAll("[^a-z]", "");
        Long shared = publish(new ArticleDraft("Préavis trop court : " + unique, "Contexte partagé.",
                "Le client a mis fin à la mission avec huit jours de préavis seulement.",
                "La médiation a obtenu un mois de préavis payé.", "Négocier un préavis d'un mois au moins",
                Set.of(ClauseCategory.TERMINATION_NOTICE), Outcome.AGREEMENT, 3, Sector.CONSULTING, 2025, List.of()),
                Scope.SHARED);
        CommunityView other = fixtures.community("Reader");
        AccountView reader = fixtures.member(other, Role.MEMBER);

        Page catalogue = fixtures.as(reader, other, () -> search.searchShared(Query.of(unique)));
        assertThat(catalogue.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.title()).contains(unique);
            assertThat(fixtures.as(reader, other, () -> knowledge.shared(hit.id())).whatWorked())
                    .contains("un mois de préavis");
        });
        // the community-only articles stay home; the other community's own search does not show this one
        assertThat(fixtures.as(reader, other, () -> search.searchShared(Query.of("acompte"))).hits())
                .extracting(Hit::title).doesNotContain("Factures impayées : l'acompte qui aurait tout changé");
        assertThat(fixtures.as(reader, other, () -> search.search(Query.of(unique))).hits()).isEmpty();

        fixtures.as(admin, community, () -> knowledge.retire(shared, "Obsolète."));
        assertThat(fixtures.as(reader, other, () -> search.searchShared(Query.of(unique))).hits()).isEmpty();
    }

    Page find(Query query) {
        return fixtures.as(member, community, () -> search.search(query));
    }

    List<Long> ids(Page page) {
        return page.hits().stream().map(Hit::id).toList();
    }

    @Test
    void french_queries_match_other_word_forms_elisions_and_missing_accents() {
        assertThat(ids(find(Query.of("facture impayee")))).contains(payment).doesNotContain(scope);
        assertThat(ids(find(Query.of("acomptes")))).contains(payment);
        assertThat(ids(find(Query.of("relances")))).containsExactly(payment);
        assertThat(ids(find(Query.of("derive perimetre")))).containsExactly(scope);
        assertThat(ids(find(Query.of("penalites")))).contains(payment, english);
    }

    @Test
    void english_queries_match_plurals_and_short_queries_tolerate_a_typo() {
        assertThat(ids(find(Query.of("deposits")))).contains(english);
        assertThat(ids(find(Query.of("invoice")))).contains(english);
        assertThat(ids(find(Query.of("avenent")))).containsExactly(scope);
        assertThat(ids(find(Query.of("acompet")))).contains(payment);
    }

    @Test
    void a_word_of_the_synonym_list_finds_articles_written_with_another_one_in_either_language() {
        Long gdpr = publish(new ArticleDraft("Fichier clients transmis sans précaution", null,
                "Le client a exigé l'export complet, au mépris du RGPD.", null, "Signer une clause de sous-traitance "
                        + "des données", Set.of(), null, null, null, null, List.of()));
        assertThat(ids(find(Query.of("GDPR")))).containsExactly(gdpr);
        assertThat(ids(find(Query.of("umbrella company")))).isEmpty();
        assertThat(ids(find(Query.of("down payment")))).contains(payment, english);
        assertThat(ids(find(Query.of("scope creep")))).contains(scope);
        Page page = find(Query.of("GDPR"));
        assertThat(page.hits().getFirst().snippets()).anyMatch(s -> s.contains("<mark>RGPD</mark>"));
    }

    @Test
    void only_the_words_that_matched_are_highlighted_never_a_stray_word_of_a_synonym_phrase() {
        Long refusal = publish(new ArticleDraft("Relances restées lettre morte", null,
                "Le client a répondu non à chaque relance : la facture est restée impayée six mois.", null,
                "Relancer par écrit", Set.of(), null, null, null, null, List.of()));
        Page page = find(Query.of("impayé"));
        String snippets = page.hits().stream().filter(h -> h.id().equals(refusal)).findFirst().orElseThrow()
                .snippets().stream().reduce("", String::concat);
        assertThat(snippets).contains("<mark>impayée</mark>").doesNotContain("<mark>non</mark>");
    }

    @Test
    void highlighted_snippets_are_html_escaped_except_their_marks() {
        Long markup = publish(new ArticleDraft("Balises dans le texte", null,
                "Le client a collé <script>alert(1)</script> & un lien dans le ticket Quetzalcoatl.", null,
                "Relire", Set.of(), null, null, null, null, List.of()));
        Page page = find(Query.of("Quetzalcoatl"));
        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(markup);
            String snippets = String.join(" ", hit.snippets());
            assertThat(snippets).contains("&lt;script&gt;", "&amp;", "<mark>Quetzalcoatl</mark>")
                    .doesNotContain("<script>");
        });
    }

    @Test
    void a_snippet_taken_from_the_summary_when_nothing_is_highlighted_is_html_escaped_too() {
        Long markup = publish(new ArticleDraft("Balises dans le contexte",
                "Contexte collé : <script>alert('x')</script> & \"<img src=x onerror=alert(1)>\".",
                "Le client a collé du code dans le ticket.", null, "Relire", Set.of(), null, null,
                Sector.PUBLIC_SECTOR, null, List.of()));
        // no text: nothing to highlight, the snippet is the start of the (pseudonymised) summary
        Page page = find(new Query("", Set.of(), null, Sector.PUBLIC_SECTOR, null, Sort.RELEVANCE, 0, 10));
        assertThat(page.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(markup);
            String snippet = String.join(" ", hit.snippets());
            assertThat(snippet).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;&lt;img")
                    .doesNotContain("<script>", "<img", "'", "\"");
        });
    }

    @Test
    void results_carry_highlighted_snippets_and_facets_and_filters_narrow_them() {
        Page page = find(Query.of("périmètre"));
        assertThat(page.hits()).singleElement().satisfies(hit ->
                assertThat(String.join(" ", hit.snippets())).contains("<mark>périmètre</mark>"));

        Page all = find(new Query("", Set.of(), null, null, null, KnowledgeSearch.Sort.NEWEST, 0, 10));
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.categories()).containsEntry(ClauseCategory.PAYMENT_TERMS, 2L)
                .containsEntry(ClauseCategory.OBJECT_SCOPE, 1L);
        assertThat(all.years()).containsEntry(2025, 2L).containsEntry(2024, 1L);
        assertThat(all.outcomes()).containsEntry(Outcome.PAID_IN_FULL, 2L);

        assertThat(ids(find(new Query("", Set.of(ClauseCategory.DEPOSIT), null, null, null, null, 0, 10))))
                .containsExactly(payment);
        assertThat(ids(find(new Query("", Set.of(), null, Sector.RETAIL, null, null, 0, 10)))).containsExactly(english);
        assertThat(ids(find(new Query("", Set.of(), null, null, 2024, null, 0, 10)))).containsExactly(scope);
        assertThat(find(new Query("", Set.of(), null, null, null, KnowledgeSearch.Sort.YEAR, 1, 1)).hits())
                .hasSize(1);
    }

    @Test
    void a_community_admin_rebuilds_the_index_and_search_still_finds_the_articles() {
        long millis = fixtures.as(admin, community, () -> knowledge.rebuildIndex());
        assertThat(millis).isNotNegative();
        assertThat(fixtures.as(admin, community, () -> knowledge.indexProgress()).percent()).isEqualTo(100);
        assertThat(ids(find(Query.of("périmètre")))).containsExactly(scope);
        assertThatThrownBy(() -> fixtures.as(member, community, () -> knowledge.rebuildIndex()))
                .isInstanceOf(org.freelance.portal.base.PortalException.class);
    }

    @Test
    void the_index_holds_only_pseudonymised_text_and_nothing_of_another_community() {
        assertThat(find(Query.of("Jeanne")).hits()).isEmpty();
        assertThat(find(Query.of("Alpha")).hits()).isEmpty();
        assertThat(find(Query.of("brouillon")).hits()).isEmpty();

        CommunityView other = fixtures.community("Other");
        AccountView outsider = fixtures.member(other, Role.MEMBER, Role.ADMIN);
        Page elsewhere = fixtures.as(outsider, other, () -> search.search(Query.of("factures")));
        assertThat(elsewhere.total()).isZero();
        assertThat(fixtures.as(outsider, other, () -> search.search(Query.of(""))).total()).isZero();
    }
}
