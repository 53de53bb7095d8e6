package org.freelance.portal.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.freelance.portal.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The real thing in headless Chromium: a demo freelancer signs in, sees the French dashboard of her
 * community, and is refused the page of a community she does not belong to. Screenshots go to
 * {@code target/screenshots}.
 */
class BrowserJourneyIT extends BrowserTestSupport {

    @Test
    void demo_member_signs_in_sees_french_dashboard_and_is_refused_another_community() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(url("/c/demo"));
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.getByText("Connexion").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("01-login.png")));

            page.locator("input[name=username]").fill("alice@demo.example");
            page.locator("input[name=password]").fill("demo-portail-2026");
            page.locator("input[name=password]").press("Enter");

            assertThat(page).hasURL(Pattern.compile(".*/c/demo(\\?continue)?$"));
            assertThat(page.getByText("Bonjour Alice Martin")).isVisible();
            assertThat(page.getByText("Mes demandes de deuxième avis")).isVisible();
            assertThat(page.getByText("Mes dossiers")).isVisible();
            assertThat(page.locator("#side-nav")).containsText("Tableau de bord");
            assertThat(page.locator("#side-nav")).not().containsText("Membres");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("02-dashboard-member.png")));

            page.navigate(url("/c/autre"));
            assertThat(page.getByText("Accès refusé")).isVisible();
            assertThat(page.getByText("Autre Communauté")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("03-other-community-refused.png")));

            page.navigate(url("/c/demo/members"));
            assertThat(page.getByText("Accès refusé")).isVisible();
        }
    }

    @Test
    void admin_sees_members_and_audit_log() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.locator("input[name=username]").fill("ada@demo.example");
            page.locator("input[name=password]").fill("demo-portail-2026");
            page.locator("input[name=password]").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/c/demo(\\?continue)?$"));
            assertThat(page.getByText("Membres de la communauté")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("04-dashboard-admin.png")));

            page.locator("#side-nav").getByText("Membres").click();
            assertThat(page).hasURL(Pattern.compile(".*/c/demo/members$"));
            assertThat(page.locator("#member-grid")).containsText("alice@demo.example");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("05-members.png")));

            page.locator("#side-nav").getByText("Journal d’audit").click();
            assertThat(page.locator("#audit-grid")).containsText("Connexion");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("06-audit.png")));
        }
    }

    @Test
    void language_switched_in_the_user_menu_is_remembered_at_the_next_sign_in() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            signIn(page, "maya@demo.example");
            assertThat(page.getByText("Bonjour Maya Lefèvre")).isVisible();

            page.locator("#user-menu vaadin-menu-bar-button").first().click();
            page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Langue")).click();
            page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("English")).click();
            assertThat(page.getByText("Hello Maya Lefèvre")).isVisible();
            assertThat(page.getByText("Cases waiting for a lead")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("07-dashboard-english.png")));

            page.locator("#user-menu vaadin-menu-bar-button").first().click();
            page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page page = context.newPage();
            signIn(page, "maya@demo.example");
            assertThat(page.getByText("Hello Maya Lefèvre")).isVisible();
        }
    }

    @Test
    void a_person_in_two_communities_switches_in_the_header_and_sees_the_roles_of_each() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            signIn(page, "eric@demo.example");
            page.navigate(url("/c/demo"));
            assertThat(page.getByText("avec le rôle : Expert.")).isVisible();

            page.locator("#community-switcher").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Autre Communauté")).click();

            assertThat(page).hasURL(Pattern.compile(".*/c/autre$"));
            assertThat(page.getByText("avec le rôle : Membre (freelance), Expert.")).isVisible();
            assertThat(page.getByText("Mes demandes de deuxième avis")).isVisible();
        }
    }

    /**
     * Bootstrapping a community without SMTP: the shown link alone cannot create the first admin's
     * account, so the operator creates it with a one-time code; the admin opens the link, signs in with
     * the code (email prefilled), must choose a password and name, and lands in the community as admin.
     */
    @Test
    void operator_creates_a_community_whose_first_admin_joins_with_a_one_time_code_and_the_invitation_link()
            throws Exception {
        String slug = "atelier-" + Long.toString(System.nanoTime(), 36);
        String adminEmail = "fondatrice-" + slug + "@atelier.example";
        String link;
        String code;
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 900))) {
            Page page = context.newPage();
            signIn(page, "oscar@demo.example");
            page.navigate(url("/operator/communities"));
            page.locator("#community-name input").fill("Atelier des Indépendants");
            page.locator("#community-slug input").fill(slug);
            page.locator("#community-first-admin input").fill(adminEmail);
            page.locator("#community-create").click();
            assertThat(page.locator("#community-grid")).containsText(slug);
            assertThat(page.locator("#first-admin-explanation")).containsText("le lien seul ne permet pas d’en créer un");
            link = page.locator("#first-admin-link input").inputValue();
            page.locator("#first-admin-create-account").click();
            assertThat(page.locator("#first-admin-code-text")).containsText("il ne sera plus jamais affiché");
            code = page.locator("#first-admin-code input").inputValue();
            page.locator("#first-admin-code-copy").click();
            assertThat(page.getByText("Copié dans le presse-papiers.")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("08-operator-communities.png"))
                    .setFullPage(true));
        }
        org.assertj.core.api.Assertions.assertThat(link).contains("/invitation/");
        org.assertj.core.api.Assertions.assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        String invitationPath = link.substring(link.indexOf("/invitation/"));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("fr-FR").setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.navigate(url(invitationPath));
            assertThat(page.getByText("Atelier des Indépendants", new Page.GetByTextOptions().setExact(false))
                    .first()).isVisible();
            assertThat(page.locator("#invitation-password")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("09-invitation.png")));
            page.locator("#invitation-sign-in").click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.locator("input[name=username]")).hasValue(adminEmail);
            page.locator("input[name=password]").fill(code);
            page.locator("input[name=password]").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/password-change$"));
            page.locator("#password-change-name input").fill("Fondatrice de l’Atelier");
            page.locator("#password-change-new input").fill("une-phrase-solide");
            page.locator("#password-change-confirm input").fill("une-phrase-solide");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("10-password-change.png")));
            page.locator("#password-change-save").click();
            assertThat(page).hasURL(Pattern.compile(".*/c/" + slug + "$"));
            assertThat(page.getByText("Bonjour Fondatrice de l’Atelier")).isVisible();
            assertThat(page.getByText("Membres de la communauté")).isVisible();
        }
    }

    @Test
    void english_browser_gets_english_sign_in_page() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            assertThat(page.getByText("Forgot your password?")).isVisible();
        }
    }
}
