package org.freelance.portal.knowledge.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.testsupport.BrowserTestSupport;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The knowledge base in headless Chromium, in a community of its own: a member searches and reads a
 * published lesson learned (highlighted snippet, pseudonymised text, checklist); the admin opens the
 * review of another one with its replacements highlighted. Screenshots for the README.
 */
class KnowledgeJourneyIT extends BrowserTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    CommunityService communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    KnowledgeService knowledge;

    @Test
    void member_searches_and_reads_a_lesson_learned_and_the_admin_reviews_another() {
        KnowledgeScene scene = new KnowledgeScene(new TestFixtures(accounts, communities, jdbc), knowledge);
        Long published = scene.published(KnowledgeScene.payment());
        scene.published(KnowledgeScene.scope());
        Long inReview = scene.inReview(KnowledgeScene.payment());

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, scene.member.email(), TestFixtures.PASSWORD);
            page.navigate(url("/" + scene.page(null)));
            page.locator("#kb-query input").fill("acompte");
            page.locator("#kb-query input").press("Enter");
            assertThat(page.locator("#kb-count")).hasText("Résultats 1 à 1 sur 1");
            assertThat(page.locator("#kb-hit-" + published + " mark").first()).isVisible();
            screenshot(page, "knowledge-search", true);

            page.locator("#kb-hit-" + published + " a").click();
            assertThat(page.locator("#kb-next-time")).containsText("Exiger un acompte de 30 %");
            assertThat(page.locator("#kb-article")).not().containsText("Jeanne Martin");
            screenshot(page, "knowledge-article", true);
        }
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, scene.admin.email(), TestFixtures.PASSWORD);
            page.navigate(url("/" + scene.page("review/" + inReview)));
            assertThat(page.locator("#kb-original-WHAT_HAPPENED .portal-kb-kept").first()).isVisible();
            assertThat(page.locator("#kb-leaks")).containsText("Aucune partie connue");
            screenshot(page, "knowledge-review", true);
        }
    }
}
