package org.freelance.portal.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.freelance.portal.review.ContractDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The second-opinion journey in headless Chromium: a freelancer uploads a real PDF contract, sees the
 * findings and shares the request; an expert takes it, confirms a finding and gives a verdict; the
 * freelancer reads the verdict and downloads the PDF report.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
class ReviewJourneyIT {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + " (.ci/run installs it)");
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void upload_findings_share_expert_confirms_verdict_and_report() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path pdf = Files.createTempFile("contrat-", ".pdf");
        Files.write(pdf, ContractDocuments.pdf());
        String title = "Mission ITSM " + Long.toString(System.nanoTime(), 36);
        String detailUrl;
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, "alice@demo.example");
            page.navigate(url("/c/demo/reviews/new"));
            page.locator("#review-title input").fill(title);
            page.locator("#review-client input").fill("Alpha Conseil");
            page.locator("#review-identifier input").fill("732 829 320");
            page.locator("#review-amount input").fill("650");
            page.locator("#review-upload input[type=file]").setInputFiles(pdf);
            assertThat(page.locator("#review-file-status")).containsText("contrat-");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("10-review-form.png"))
                    .setFullPage(true));
            page.locator("#review-submit").click();

            assertThat(page).hasURL(Pattern.compile(".*/c/demo/reviews/\\d+$"));
            detailUrl = page.url();
            assertThat(page.locator("#findings")).containsText("Paiement conditionné au client final");
            assertThat(page.locator("#contract-text")).containsText("Article 2 - Paiement");
            assertThat(page.locator("#contract-text .portal-mark").first()).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("11-review-detail.png")));

            page.locator("#review-share").click();
            page.locator("#share-mode vaadin-radio-button", new Page.LocatorOptions().setHasText("Tous les experts"))
                    .click();
            page.locator("#share-save").click();
            assertThat(page.locator("#review-detail")).containsText("Tous les experts");
        }
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, "eric@demo.example");
            page.navigate(detailUrl);
            page.locator("#review-take").click();
            Locator confirm = page.locator("[id^=confirm-]").first();
            confirm.click();
            page.locator("#assessment-comment textarea").fill("À refuser : le risque du client final reste à l’ESN.");
            page.locator("#assessment-save").click();
            assertThat(page.locator("#findings")).containsText("Confirmé");
            page.getByText("Avis des experts").click();
            page.locator("#verdict-choice vaadin-radio-button", new Page.LocatorOptions().setHasText("Négocier")).click();
            page.locator("#verdict-summary textarea").fill("Signable après correction du paiement et du préavis.");
            page.locator("#verdict-submit").click();
            assertThat(page.locator("#expert-reviews")).containsText("Signable après correction");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("12-review-expert.png")));
        }
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, "alice@demo.example");
            page.navigate(detailUrl);
            page.getByText("Avis des experts").click();
            assertThat(page.locator("#expert-reviews")).containsText("Négocier");
            page.getByText("Liste de négociation").click();
            assertThat(page.locator("#negotiation-grid")).containsText("Paiement conditionné au client final");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("13-review-negotiation.png")));
            Download download = page.waitForDownload(() -> page.locator("#review-report-fr").click());
            Path report = SCREENSHOTS.resolve("review-report.pdf");
            download.saveAs(report);
            byte[] bytes = Files.readAllBytes(report);
            org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    private BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 900)
                .setAcceptDownloads(true));
    }

    private void signIn(Page page, String email) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill("demo1234");
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#side-nav")).isVisible();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
