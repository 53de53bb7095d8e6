package org.freelance.portal.cases.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.EvidenceBundle;
import org.freelance.portal.cases.RiskScore;
import org.freelance.portal.cases.WeakSignal;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.testsupport.BrowserTestSupport;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispute journey in headless Chromium, in a community of its own: a freelancer opens a case
 * through the wizard (the draft saves itself and the address moves to its edit page) and submits
 * it; an expert takes it from the queue declaring no conflict of interest, writes an exchange and a
 * weak signal into the journal, exports the evidence bundle, and the verify page finds it intact.
 */
class CaseJourneyIT extends BrowserTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    CommunityService communities;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseService cases;

    @Test
    void member_opens_a_case_expert_takes_it_writes_the_journal_and_the_exported_bundle_verifies_intact() {
        CaseScene scene = new CaseScene(new TestFixtures(accounts, communities, jdbc), cases);
        String casesUrl = url("/" + scene.page(null));
        String title = "Factures impayées " + TestFixtures.unique();
        String caseUrl;
        // the dates typed are relative to the portal's today
        LocalDate yesterday = clock.today().minusDays(1);

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, scene.freelancer.email(), TestFixtures.PASSWORD);
            page.navigate(casesUrl);
            page.locator("#case-new").click();
            assertThat(page).hasURL(Pattern.compile(".*/cases/new$"));

            page.locator("#case-title input").fill(title);
            assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+/edit$"));
            assertThat(page.locator("#case-save-status")).containsText("Brouillon enregistré à");
            page.locator("#case-client input").fill("Alpha Conseil SAS");
            page.locator("#case-identifier input").fill("732 829 320 00074");
            page.locator("#case-contact-add").click();
            page.locator("#case-contacts input").first().fill("Jeanne Martin");
            page.locator("#case-next").click();
            radio(page, "#vetting-CLEAR_BRIEF", "Non").click();
            page.locator("#case-next").click();
            page.locator("#case-mission-object textarea").fill("Intégration ServiceNow ITSM");
            page.locator("#case-next").click();
            page.locator("#case-objectives textarea").fill("Module incidents en production");
            page.locator("#case-next").click();
            choose(page, "#case-category", "Retard de paiement");
            page.locator("#case-description textarea").fill("Trois factures impayées depuis 75 jours.");
            radio(page, "#case-urgency", "Haute").click();
            screenshot(page, "20-case-wizard", true);
            page.locator("#case-submit").click();

            assertThat(page).hasURL(Pattern.compile(".*/cases/\\d+$"));
            assertThat(page.locator("#case-status")).hasText("Soumis");
            assertThat(page.locator("#case-timeline")).containsText("Dossier soumis à la communauté");
            caseUrl = page.url();

            page.navigate(casesUrl);
            assertThat(page.locator("#my-cases")).containsText(title);
            assertThat(page.locator("#my-cases")).containsText("Soumis");
            screenshot(page, "26-case-list", false);
        }
        Long caseId = idIn(caseUrl, "/cases/(\\d+)$");

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, scene.expert.email(), TestFixtures.PASSWORD);
            page.navigate(url("/" + scene.page("queue")));
            assertThat(page.locator("#queue-grid")).containsText(title);
            screenshot(page, "21-case-queue", false);
            page.locator("#take-" + caseId).click();
            radio(page, "#take-conflict", "Non, aucun lien avec ce client").click();
            page.locator("#take-declaration textarea").fill("Jamais travaillé avec Alpha Conseil");
            screenshot(page, "22-case-take", false);
            page.locator("#take-confirm").click();

            assertThat(page).hasURL(caseUrl);
            assertThat(page.locator("#case-status")).hasText("Pris en charge");

            page.locator("#entry-date input").fill(Formats.date(yesterday));
            page.locator("#entry-date input").press("Enter");
            choose(page, "#entry-channel", "Appel");
            page.locator("#entry-participants input").fill("Person freelance, Jeanne Martin");
            page.locator("#entry-title input").fill("Appel de relance");
            page.locator("#entry-body textarea").fill("Jeanne promet un virement vendredi.");
            page.locator("#entry-submit").click();
            assertThat(page.locator("#entry-3")).containsText("Appel de relance");
            assertThat(page.locator("#entry-3")).containsText("n° 3 · Échange · Appel · " + Formats.date(yesterday));
            assertThat(page.locator("#case-chain")).containsText("Journal intègre : 3 entrées chaînées");
            page.locator("#entry-3").scrollIntoViewIfNeeded();
            screenshot(page, "23-case-journal", false);

            page.locator("#case-tabs vaadin-tab", new Page.LocatorOptions().setHasText("Signaux faibles")).click();
            choose(page, "#signal-type", "Interlocuteurs clés injoignables");
            page.locator("#signal-date input").fill(Formats.date(yesterday));
            page.locator("#signal-date input").press("Enter");
            page.locator("#signal-evidence textarea").fill("Trois appels sans réponse cette semaine");
            page.locator("#signal-submit").click();
            int risk = RiskScore.on(clock.today(),
                    List.of(new RiskScore.Signal(yesterday, WeakSignal.KEY_CONTACTS_UNREACHABLE)));
            assertThat(page.locator("#signal-list")).containsText("Interlocuteurs clés injoignables");
            assertThat(page.locator("#case-risk")).hasText("Risque : " + risk + "/100");
            assertThat(page.locator("#case-chain")).containsText("Journal intègre : 4 entrées chaînées");
            assertThat(page.locator("#risk-chart")).isVisible();
            screenshot(page, "24-case-signals", false);

            Download download = page.waitForDownload(() -> page.locator("#case-bundle").click());
            Path bundle = SCREENSHOTS.resolve("case-bundle.zip");
            download.saveAs(bundle);
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .isEqualTo("preuves-" + scene.community.slug() + "-" + caseId + ".zip");
            EvidenceBundle.Report report = EvidenceBundle.verify(read(bundle));
            org.assertj.core.api.Assertions.assertThat(report.problems()).isEmpty();
            org.assertj.core.api.Assertions.assertThat(report.entries()).isEqualTo(4);

            page.navigate(casesUrl);
            page.locator("#case-verify-link").click();
            assertThat(page).hasURL(Pattern.compile(".*/cases/verify$"));
            page.locator("#bundle-upload input[type=file]").setInputFiles(bundle);
            assertThat(page.locator("#bundle-verdict")).hasText("Paquet intact : dossier " + scene.community.slug()
                    + "-" + caseId + ", 4 entrées, toutes les empreintes concordent.");
            assertThat(page.locator("#bundle-portal"))
                    .hasText("Le paquet correspond au journal conservé par le portail jusqu’à l’entrée n° 4 sur 4.");
            screenshot(page, "25-case-verify", false);
        }
    }

    @Test
    void text_typed_or_pasted_just_before_switching_step_is_saved_and_there_after_a_reload() {
        CaseScene scene = new CaseScene(new TestFixtures(accounts, communities, jdbc), cases);
        Long id = scene.draft(CaseScene.intake("Saisie rapide " + TestFixtures.unique()));
        String object = "Refonte du portail RH, lot 2 (collé puis onglet aussitôt)";
        String description = "Le client a doublé le périmètre sans avenant.";

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            signIn(page, scene.freelancer.email(), TestFixtures.PASSWORD);
            page.navigate(url("/" + scene.page(id + "/edit")));
            step(page, "Mission");
            page.locator("#case-mission-object textarea").fill(object);
            step(page, "Problème");
            page.locator("#case-description textarea").fill(description);
            step(page, "Client");
            idle(page);

            // Were a value still on its way, the page would ask before reloading: the test says yes.
            page.onDialog(Dialog::accept);
            page.reload();
            assertThat(page.locator("#case-save-status")).hasText("");
            step(page, "Mission");
            assertThat(page.locator("#case-mission-object textarea")).hasValue(object);
            step(page, "Problème");
            assertThat(page.locator("#case-description textarea")).hasValue(description);
        }
        org.assertj.core.api.Assertions.assertThat(scene.as(scene.freelancer, () -> cases.get(id)).intake().mission()
                .object()).isEqualTo(object);
    }

    /** Clicks a step's tab of the intake, as a user does (not the "next" button). */
    private static void step(Page page, String label) {
        page.locator("#case-steps").getByRole(AriaRole.TAB, new Locator.GetByRoleOptions().setName(label).setExact(true))
                .click();
    }

    /** Waits until the page has no request to the server in flight. */
    private static void idle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients)"
                + ".every(client => !client.isActive || !client.isActive())");
    }

    private static Locator radio(Page page, String group, String label) {
        return page.locator(group + " vaadin-radio-button", new Page.LocatorOptions().setHasText(label));
    }

    /** Opens a select and picks the item with this label in its (visible) overlay. */
    private static void choose(Page page, String select, String label) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible", new Page.LocatorOptions().setHasText(label)).click();
        assertThat(page.locator(select)).containsText(label);
    }
}
