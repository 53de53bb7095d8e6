package org.freelance.portal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeSearch.Hit;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When the search broadens: articles holding every word are the result when there are at least
 * {@link KnowledgeSearch#BROADEN_BELOW} of them; only a thinner result brings in articles holding some
 * of the words, or a word one typo away. Each test has a community of its own, so the counts are exact.
 */
@DomainIntegrationTest
public class KnowledgeSearchBroadeningIT {

    static final int PAGE = KnowledgeSearch.BROADEN_BELOW;

    @Autowired TestFixtures fixtures;
    @Autowired KnowledgeService knowledge;
    @Autowired KnowledgeSearch search;

    CommunityView community;
    AccountView expert;
    AccountView admin;
    AccountView member;

    @BeforeEach
    void community() {
        community = fixtures.community("Broad");
        expert = fixtures.member(community, Role.EXPERT);
        admin = fixtures.member(community, Role.ADMIN);
        member = fixtures.member(community, Role.MEMBER);
    }

    /** A published article whose story holds these words, of this sector and year; the rest is alike. */
    Long article(int n, String words, Sector sector, int year) {
        ArticleDraft draft = new ArticleDraft("Retour numéro " + n, "Mission de conseil.",
                "Le client a discuté " + words + " pendant la négociation de la mission.",
                "Une réunion a clarifié la situation.", "Relire le contrat", Set.of(ClauseCategory.PAYMENT_TERMS),
                Outcome.AGREEMENT, 3, sector, year, List.of());
        Long id = fixtures.as(expert, community, () -> knowledge.create(draft));
        fixtures.as(expert, community, () -> knowledge.submit(id));
        fixtures.as(admin, community, () -> knowledge.publish(id, Scope.COMMUNITY));
        return id;
    }

    /** Articles holding both "acompte" and "pénalités": the first {@code it} in IT services, the rest in data. */
    List<Long> bothWords(int count, int it) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(article(i, "l'acompte et les pénalités", i < it ? Sector.IT_SERVICES : Sector.DATA,
                    i % 2 == 0 ? 2024 : 2025));
        }
        return ids;
    }

    /** Articles holding "acompte" but not "pénalités", in data, 2025. */
    List<Long> acompteOnly(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(article(100 + i, "l'acompte", Sector.DATA, 2025));
        }
        return ids;
    }

    Page find(String text) {
        return find(new Query(text, Set.of(), null, null, null, null, 0, 50));
    }

    Page find(Query query) {
        return fixtures.as(member, community, () -> search.search(query));
    }

    static List<Long> ids(Page page) {
        return page.hits().stream().map(Hit::id).toList();
    }

    static Query withSector(String text, Sector sector) {
        return new Query(text, Set.of(), null, sector, null, null, 0, 50);
    }

    static Query withYear(String text, Integer year) {
        return new Query(text, Set.of(), null, null, year, null, 0, 50);
    }

    @Test
    void a_page_of_articles_holding_every_word_is_the_whole_result() {
        List<Long> both = bothWords(PAGE, PAGE);
        List<Long> one = acompteOnly(2);

        Page page = find("acompte pénalités");
        assertThat(page.total()).isEqualTo(PAGE);
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(both).doesNotContainAnyElementsOf(one);
        // the one-word articles are there: a query for their word alone finds them
        assertThat(ids(find("acompte"))).containsAll(both).containsAll(one).hasSize(PAGE + 2);
    }

    @Test
    void fewer_articles_holding_every_word_than_a_page_bring_in_those_holding_one_ranked_after() {
        List<Long> both = bothWords(PAGE - 1, PAGE - 1);
        List<Long> one = acompteOnly(2);

        Page page = find("acompte pénalités");
        assertThat(page.total()).isEqualTo(PAGE + 1);
        assertThat(ids(page).subList(0, PAGE - 1)).containsExactlyInAnyOrderElementsOf(both);
        assertThat(ids(page).subList(PAGE - 1, PAGE + 1)).containsExactlyInAnyOrderElementsOf(one);
    }

    @Test
    void a_word_one_typo_away_is_found_only_when_the_result_is_thin() {
        List<Long> acompte = acompteOnly(3);
        // nothing holds "acompet": the search broadens and the typo finds "acompte"
        assertThat(ids(find("acompet"))).containsExactlyInAnyOrderElementsOf(acompte);

        // a page of articles spelling it that way (a supplier's name, a misspelt note…): those are the result
        List<Long> spelt = new ArrayList<>();
        for (int i = 0; i < PAGE; i++) {
            spelt.add(article(200 + i, "l'acompet", Sector.CONSULTING, 2023));
        }
        Page page = find("acompet");
        assertThat(page.total()).isEqualTo(PAGE);
        assertThat(ids(page)).containsExactlyInAnyOrderElementsOf(spelt).doesNotContainAnyElementsOf(acompte);
    }

    @Test
    void a_facet_counts_what_choosing_it_shows_even_when_the_chosen_set_is_thinner_than_a_page() {
        List<Long> both = bothWords(PAGE, 7);
        List<Long> one = acompteOnly(2);

        Page page = find("acompte pénalités");
        assertThat(page.total()).isEqualTo(PAGE);
        assertThat(page.sectors()).containsExactly(Map.entry(Sector.IT_SERVICES, 7L),
                Map.entry(Sector.DATA, (long) PAGE - 7));
        page.sectors().forEach((sector, count) ->
                assertThat(find(withSector("acompte pénalités", sector)).total()).as("%s", sector).isEqualTo(count));
        page.years().forEach((year, count) ->
                assertThat(find(withYear("acompte pénalités", year)).total()).as("%s", year).isEqualTo(count));

        // data holds three of the articles with both words: choosing it does not broaden to the one-word ones
        Page data = find(withSector("acompte pénalités", Sector.DATA));
        assertThat(ids(data)).containsExactlyInAnyOrderElementsOf(both.subList(7, PAGE))
                .doesNotContainAnyElementsOf(one);
    }

    @Test
    void in_a_thin_result_a_facet_also_counts_what_choosing_it_shows() {
        List<Long> both = bothWords(3, 1);
        List<Long> one = acompteOnly(2);

        Page page = find("acompte pénalités");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.sectors()).containsEntry(Sector.DATA, 4L).containsEntry(Sector.IT_SERVICES, 1L);
        page.sectors().forEach((sector, count) ->
                assertThat(find(withSector("acompte pénalités", sector)).total()).as("%s", sector).isEqualTo(count));
        assertThat(ids(find(withSector("acompte pénalités", Sector.DATA))))
                .containsAll(both.subList(1, 3)).containsAll(one);
    }
}
