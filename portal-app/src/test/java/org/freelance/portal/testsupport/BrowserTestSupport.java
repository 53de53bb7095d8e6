package org.freelance.portal.testsupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the real-browser journeys ({@code *JourneyIT}): the portal on a random port with the demo
 * data (one Spring context shared by every journey class: keep the annotations here, add none on
 * subclasses), and one headless Chromium per class, skipped when Chromium is not installed.
 * Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
public abstract class BrowserTestSupport {

    protected static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** The password of the demo accounts (see DemoDataSeeder). */
    protected static final String DEMO_PASSWORD = "demo-portail-2026";

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;
    /** The portal's clock: expected dates are computed from it. */
    @Autowired
    protected TestClock clock;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + " (.ci/run installs it)");
        Files.createDirectories(SCREENSHOTS);
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
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** A fresh French browser (its own cookies, so its own sign-in) that accepts downloads. */
    protected static BrowserContext newContext() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR").setViewportSize(1400, 900)
                .setAcceptDownloads(true));
    }

    /** Signs a demo account in and waits for the portal's frame. */
    protected void signIn(Page page, String email) {
        signIn(page, email, DEMO_PASSWORD);
    }

    protected void signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        assertThat(page.locator("#side-nav")).isVisible();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Saves what the page shows to {@code target/screenshots/<name>.png}. */
    protected static void screenshot(Page page, String name, boolean fullPage) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(fullPage));
    }

    /** The number the pattern's first group finds in an address ("/cases/(\\d+)$" in ".../cases/42"). */
    protected static Long idIn(String address, String pattern) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(pattern).matcher(address);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).as("address %s", address).isTrue();
        return Long.valueOf(matcher.group(1));
    }

    protected static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
