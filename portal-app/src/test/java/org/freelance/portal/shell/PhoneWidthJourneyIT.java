package org.freelance.portal.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.freelance.portal.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The portal on a 390 px wide phone: every main page of each persona fits the width (no page wider
 * than the screen), the header keeps the menu button and the community, and language and sign-out
 * are reachable from the side menu. Screenshots: {@code target/screenshots/phone-*.png}.
 */
class PhoneWidthJourneyIT extends BrowserTestSupport {

    private static final int WIDTH = 390;

    @Test
    void member_pages_fit_a_phone_and_sign_out_is_in_the_side_menu() {
        walk("alice@demo.example", "member", List.of("", "/reviews", "/reviews/new", "/cases", "/cases/new", "/knowledge",
                "/notifications"));
    }

    @Test
    void mediator_pages_fit_a_phone() {
        walk("maya@demo.example", "mediator", List.of("", "/cases", "/cases/queue", "/knowledge"));
    }

    @Test
    void admin_pages_fit_a_phone() {
        walk("ada@demo.example", "admin", List.of("", "/members", "/audit", "/knowledge/review"));
    }

    @Test
    void profile_fits_a_phone_in_english_too() {
        try (BrowserContext context = phone("en-GB")) {
            Page page = context.newPage();
            signInOnPhone(page, "eric@demo.example");
            page.navigate(url("/profile"));
            assertThat(page.locator("#profile-language")).isVisible();
            assertFits(page, "profile");
            screenshot(page, "phone-expert-profile-en", true);
        }
    }

    private void walk(String email, String persona, List<String> pages) {
        try (BrowserContext context = phone("fr-FR")) {
            Page page = context.newPage();
            signInOnPhone(page, email);
            for (String path : pages) {
                page.navigate(url("/c/demo" + path));
                page.waitForLoadState();
                assertThat(page.locator("vaadin-app-layout")).isVisible();
                page.locator("vaadin-app-layout").evaluate("layout => new Promise(r => setTimeout(r, 0))");
                assertFits(page, path);
                screenshot(page, "phone-" + persona + (path.isEmpty() ? "-dashboard" : path.replace('/', '-')), true);
            }
            // the header has room for the menu button, the community and the avatar: the side menu holds the rest
            page.navigate(url("/c/demo"));
            assertThat(page.locator(".portal-community-title")).isVisible();
            for (String header : List.of("vaadin-drawer-toggle", ".portal-community-title", "#user-menu")) {
                assertThat(page.locator(header)).isVisible();
                double right = ((Number) page.locator(header).evaluate("e => e.getBoundingClientRect().right"))
                        .doubleValue();
                assertThat(right).as("%s ends inside the screen", header).isLessThanOrEqualTo(WIDTH);
            }
            page.locator("vaadin-drawer-toggle").click();
            assertThat(page.locator("#drawer-sign-out")).isVisible();
            assertThat(page.locator("#drawer-language-en")).isVisible();
            screenshot(page, "phone-" + persona + "-menu", false);
            page.locator("#drawer-sign-out").click();
            assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        }
    }

    @Test
    void an_expert_of_two_communities_switches_from_the_side_menu_on_a_phone() {
        try (BrowserContext context = phone("fr-FR")) {
            Page page = context.newPage();
            signInOnPhone(page, "eric@demo.example");
            page.navigate(url("/c/demo"));
            assertThat(page.locator("#community-switcher")).isHidden();
            page.locator("vaadin-drawer-toggle").click();
            page.locator("#drawer-communities").getByText("Autre Communauté").click();
            assertThat(page).hasURL(Pattern.compile(".*/c/autre$"));
        }
    }

    @Test
    void the_switcher_placeholder_and_header_are_not_cut_on_a_laptop() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(1366, 768))) {
            Page page = context.newPage();
            signInOnPhone(page, "eric@demo.example");
            page.navigate(url("/profile"));
            // outside a community the switcher shows its placeholder: it must be readable in full
            assertThat(page.locator("#community-switcher vaadin-select-value-button")).isVisible();
            Object cut = page.locator("#community-switcher vaadin-select-value-button").evaluate(
                    "v => v.scrollWidth > v.clientWidth + 1");
            assertThat(cut).isEqualTo(false);
            screenshot(page, "laptop-expert-profile", false);
        }
    }

    @Test
    void grid_headers_and_the_login_title_are_whole_on_a_laptop() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")
                .setViewportSize(1366, 768))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            double title = ((Number) page.locator("#login-title").evaluate(
                    "e => { const r = document.createRange(); r.selectNodeContents(e); const b = r.getBoundingClientRect();"
                            + " return b.left + b.width / 2; }")).doubleValue();
            double form = ((Number) page.locator("vaadin-login-form").evaluate(
                    "e => { const b = e.getBoundingClientRect(); return b.left + b.width / 2; }")).doubleValue();
            assertThat(Math.abs(title - form)).as("the title is centred on the form").isLessThan(4);
            screenshot(page, "laptop-login", false);
            signInOnPhone(page, "ada@demo.example");
            for (String path : List.of("/members", "/cases", "/reviews", "/audit")) {
                page.navigate(url("/c/demo" + path));
                assertThat(page.locator("vaadin-grid").first()).isVisible();
                // every cell, header or not; a sortable header's text sits in the sorter's own content part
                Object cut = page.evaluate("""
                        () => [...document.querySelectorAll('vaadin-grid-cell-content')].map(c => {
                              const sorter = c.querySelector('vaadin-grid-sorter');
                              const box = sorter ? sorter.shadowRoot.querySelector('[part=content]') : c;
                              return box && box.scrollWidth > box.clientWidth + 1 ? c.textContent.trim() : null; })
                            .filter(t => t)""");
                assertThat(cut).as("cut cells on %s", path).asList().isEmpty();
                screenshot(page, "laptop-admin" + path.replace('/', '-'), false);
            }
        }
    }

    private void signInOnPhone(Page page, String email) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(DEMO_PASSWORD);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    private static void assertFits(Page page, String what) {
        // wait until Vaadin has rendered the view, then measure the widest element
        page.waitForFunction("() => !document.querySelector('vaadin-connection-indicator[loading]')");
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        Object widest = page.evaluate("""
                () => { let worst = null, right = 0;
                  for (const e of document.querySelectorAll('body *')) {
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.right > right) { right = r.right; worst = e.tagName + '#' + e.id + '.' + e.className; }
                  }
                  return worst + ' ends at ' + Math.round(right); }""");
        assertThat(((Number) width).intValue()).as("page %s is wider than the phone: %s", what, widest)
                .isLessThanOrEqualTo(WIDTH);
    }

    private static BrowserContext phone(String locale) {
        return browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(WIDTH, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));
    }
}
