package org.freelance.portal.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The second-opinion journey in headless Chromium: a freelancer uploads a real PDF contract, sees the
 * findings and shares the request; an expert takes it, confirms a finding and gives a verdict; the
 * freelancer reads the verdict and downloads the PDF report.
 */
class ReviewJourneyIT extends BrowserTestSupport {

    @Test
    void upload_findings_share_expert_confirms_verdict_and_report() throws Exception {
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
}
