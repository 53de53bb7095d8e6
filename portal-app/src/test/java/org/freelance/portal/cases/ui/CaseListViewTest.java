package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseOverview;
import org.freelance.portal.cases.CaseViews.CaseSummary;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.WeakSignal;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseListViewTest extends ViewTestSupport {

    @Autowired
    CaseService cases;

    @Test
    void member_sees_his_cases_newest_first_with_title_client_status_and_lead() {
        CaseScene scene = scene();
        Long taken = scene.taken("Factures impayées Alpha");
        Long submitted = scene.submitted("Périmètre élargi");
        Long draft = scene.draft(CaseScene.intake("Brouillon en cours"));
        signInAs(scene.freelancer);

        CaseListView page = open(scene.page(null), CaseListView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Dossiers");
        assertThat(headings(page)).containsExactly("Mes dossiers");
        GridTester<Grid<CaseSummary>, CaseSummary> mine = summaries(page, "my-cases");
        assertThat(ids(mine)).containsExactly(draft, submitted, taken);
        assertThat(mine.getHeaderCell(1)).isEqualTo("Titre du dossier");
        int row = ids(mine).indexOf(taken);
        assertThat(mine.getCellText(row, 0)).isEqualTo(scene.community.slug() + "-" + taken);
        assertThat(mine.getCellText(row, 1)).isEqualTo("Factures impayées Alpha");
        assertThat(mine.getCellText(row, 2)).isEqualTo("Alpha Conseil SAS");
        assertThat(status(mine, row)).isEqualTo("Pris en charge");
        assertThat(mine.getCellText(row, 4)).isEqualTo("Person expert");
        assertThat(status(mine, ids(mine).indexOf(draft))).isEqualTo("Brouillon");
        assertThat(mine.getCellText(ids(mine).indexOf(submitted), 4)).isEmpty();
        assertThat($(Grid.class, page).withId("involved-cases").exists()).isFalse();
        assertThat($(Grid.class, page).withId("case-overview").exists()).isFalse();
        assertThat($(Anchor.class, page).withId("case-queue-link").exists()).isFalse();
        assertThat($(Anchor.class, page).id("case-verify-link").getHref()).isEqualTo(scene.page("verify"));
        assertThat(page.getPageTitle()).isEqualTo("Dossiers");
    }

    @Test
    void a_draft_opens_in_the_wizard_and_a_submitted_case_on_its_page() {
        CaseScene scene = scene();
        Long submitted = scene.submitted("Soumis");
        Long draft = scene.draft(CaseScene.intake("Brouillon"));
        signInAs(scene.freelancer);
        CaseListView page = open(scene.page(null), CaseListView.class);

        GridTester<Grid<CaseSummary>, CaseSummary> mine = summaries(page, "my-cases");
        mine.clickRow(ids(mine).indexOf(draft));
        assertThat(getCurrentView()).isInstanceOf(CaseIntakeView.class);
        assertThat(((CaseIntakeView) getCurrentView()).caseId).isEqualTo(draft);

        page = open(scene.page(null), CaseListView.class);
        mine = summaries(page, "my-cases");
        mine.clickRow(ids(mine).indexOf(submitted));
        assertThat(getCurrentView()).isInstanceOf(CaseDetailView.class);
        assertThat(((CaseDetailView) getCurrentView()).caseId).isEqualTo(submitted);
    }

    @Test
    void opening_a_case_starts_the_wizard() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        CaseListView page = open(scene.page(null), CaseListView.class);

        test($(Button.class, page).id("case-new")).click();

        assertThat(getCurrentView()).isInstanceOf(CaseIntakeView.class);
        assertThat(((CaseIntakeView) getCurrentView()).caseId).isNull();
    }

    @Test
    void a_new_member_is_told_what_to_do_when_the_mission_goes_wrong() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);

        CaseListView page = open(scene.page(null), CaseListView.class);

        assertThat(summaries(page, "my-cases").size()).isZero();
        assertThat($(Grid.class, page).id("my-cases").getEmptyStateText())
                .isEqualTo("Aucun dossier pour l’instant. Si une mission dérape, ouvrez un dossier : vous n’êtes pas seul.");
        assertThat(textOf(page)).contains("Quand une mission se passe mal, ouvrez un dossier");
    }

    @Test
    void expert_sees_the_cases_he_leads_or_supports_and_the_way_to_the_queue() {
        CaseScene scene = scene();
        AccountView otherExpert = scene.person("other-expert", Role.EXPERT);
        Long led = scene.taken("Mené par l’expert");
        Long supported = scene.submitted("Appuyé par l’expert");
        scene.as(otherExpert, () -> cases.take(supported, false, null));
        scene.as(otherExpert, () -> cases.inviteSupporter(supported, scene.expert.id()));
        scene.submitted("En attente dans la file");
        signInAs(scene.expert);

        CaseListView page = open(scene.page(null), CaseListView.class);

        // an expert who is not a freelancer of the community gets no "my cases" and no way to open one
        assertThat(headings(page)).containsExactly("Dossiers que je suis");
        assertThat($(Grid.class, page).withId("my-cases").exists()).isFalse();
        assertThat($(Button.class, page).withId("case-new").exists()).isFalse();
        assertThat(textOf(page)).contains("Les dossiers que vous menez ou appuyez")
                .doesNotContain("Quand une mission se passe mal, ouvrez un dossier");
        GridTester<Grid<CaseSummary>, CaseSummary> involved = summaries(page, "involved-cases");
        assertThat(ids(involved)).containsExactlyInAnyOrder(led, supported);
        assertThat(involved.getCellText(ids(involved).indexOf(supported), 4)).isEqualTo("Person other-expert");
        Anchor queue = $(Anchor.class, page).id("case-queue-link");
        assertThat(queue.getText()).isEqualTo("Voir la file des dossiers à prendre en charge");
        assertThat(queue.getHref()).isEqualTo(scene.page("queue"));

        involved.clickRow(ids(involved).indexOf(led));
        assertThat(((CaseDetailView) getCurrentView()).caseId).isEqualTo(led);
    }

    @Test
    void a_member_with_many_cases_finds_one_by_its_title_whatever_its_accents() {
        CaseScene scene = scene();
        for (String name : List.of("Alpha", "Bravo", "Charlie", "Délta", "Echo", "Foxtrot")) {
            scene.draft(CaseScene.intake("Dossier " + name));
        }
        signInAs(scene.freelancer);

        CaseListView page = open(scene.page(null), CaseListView.class);

        GridTester<Grid<CaseSummary>, CaseSummary> mine = summaries(page, "my-cases");
        assertThat(mine.size()).isEqualTo(6);
        com.vaadin.flow.component.textfield.TextField search = $(com.vaadin.flow.component.textfield.TextField.class, page)
                .id("my-cases-search");
        test(search).setValue("dossier delta");
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.getCellText(0, 1)).isEqualTo("Dossier Délta");
        test(search).setValue("");
        assertThat(((Grid<?>) $(Grid.class, page).id("my-cases")).getColumns().get(1).isSortable()).isTrue();
    }

    @Test
    void mediator_without_cases_is_told_he_follows_none() {
        CaseScene scene = scene();
        scene.taken("Mené par un autre");
        signInAs(scene.mediator);

        CaseListView page = open(scene.page(null), CaseListView.class);

        assertThat(summaries(page, "involved-cases").size()).isZero();
        assertThat($(Grid.class, page).id("involved-cases").getEmptyStateText())
                .isEqualTo("Vous ne suivez aucun dossier pour l’instant.");
    }

    @Test
    void admin_sees_every_submitted_case_by_status_only_never_its_title_or_client() {
        CaseScene scene = scene();
        Long taken = scene.taken("Titre confidentiel Alpha");
        Long submitted = scene.submitted("Autre titre confidentiel");
        Long draft = scene.draft(CaseScene.intake("Brouillon confidentiel"));
        signInAs(scene.person("admin", Role.ADMIN));

        CaseListView page = open(scene.page(null), CaseListView.class);

        assertThat(headings(page)).containsExactly("Tous les dossiers de la communauté");
        assertThat(textOf(page)).contains("Vous voyez qu’un dossier existe et son statut, pas son contenu");
        @SuppressWarnings("unchecked")
        GridTester<Grid<CaseOverview>, CaseOverview> overview = test(GridTester.class,
                $(Grid.class, page).id("case-overview"));
        assertThat(IntStream.range(0, 5).mapToObj(overview::getHeaderCell))
                .containsExactly("Référence", "Statut", "Référent", "Ouvert le", "Mis à jour");
        List<Long> rows = IntStream.range(0, overview.size()).mapToObj(i -> overview.getRow(i).id()).toList();
        assertThat(rows).containsExactly(submitted, taken).doesNotContain(draft);
        int takenRow = rows.indexOf(taken);
        assertThat(overview.getCellText(takenRow, 0)).isEqualTo(scene.community.slug() + "-" + taken);
        assertThat(((Span) overview.getCellComponent(takenRow, 1)).getText()).isEqualTo("Pris en charge");
        assertThat(overview.getCellText(takenRow, 2)).isEqualTo("Référent désigné");
        assertThat(overview.getCellText(rows.indexOf(submitted), 2)).isEqualTo("En attente de référent");
        assertThat(textOf(page)).doesNotContain("confidentiel", "Alpha Conseil", "Person freelance", "Person expert");
    }

    @Test
    void admin_of_a_community_without_submitted_cases_sees_an_empty_overview() {
        CaseScene scene = scene();
        scene.draft(CaseScene.intake("Brouillon"));
        signInAs(scene.person("admin", Role.ADMIN));

        CaseListView page = open(scene.page(null), CaseListView.class);

        assertThat($(Grid.class, page).id("case-overview").getEmptyStateText())
                .isEqualTo("Aucun dossier soumis dans la communauté.");
    }

    @Test
    void a_case_whose_weak_signals_cross_the_threshold_shows_the_alert_in_the_list() {
        CaseScene scene = scene();
        Long quiet = scene.taken("Calme");
        Long alerted = scene.taken("Signaux inquiétants");
        LocalDate yesterday = clock.today().minusDays(1);
        for (WeakSignal signal : List.of(WeakSignal.KEY_CONTACTS_UNREACHABLE, WeakSignal.LATE_PAYMENT)) {
            scene.as(scene.freelancer, () -> cases.addEntry(alerted, new NewEntry(EntryType.WEAK_SIGNAL, yesterday,
                    null, null, null, "Constaté", signal, null, null, List.of())));
        }
        signInAs(scene.freelancer);

        CaseListView page = open(scene.page(null), CaseListView.class);

        GridTester<Grid<CaseSummary>, CaseSummary> mine = summaries(page, "my-cases");
        assertThat(textOf(mine.getCellComponent(ids(mine).indexOf(alerted), 5))).isEqualTo("Alerte");
        assertThat(textOf(mine.getCellComponent(ids(mine).indexOf(quiet), 5))).isEmpty();

        signInAs(scene.expert);
        GridTester<Grid<CaseSummary>, CaseSummary> involved = summaries(open(scene.page(null), CaseListView.class),
                "involved-cases");
        assertThat(textOf(involved.getCellComponent(ids(involved).indexOf(alerted), 5))).isEqualTo("Alerte");
    }

    @Test
    void people_of_another_community_see_none_of_these_cases_and_are_refused_this_list() {
        CaseScene scene = scene();
        scene.taken("Confidentiel");
        CaseScene elsewhere = scene();
        AccountView admin = elsewhere.person("admin", Role.ADMIN, Role.EXPERT);
        signInAs(admin);

        CaseListView own = open(elsewhere.page(null), CaseListView.class);

        assertThat(summaries(own, "involved-cases").size()).isZero();
        assertThat(test(GridTester.class, $(Grid.class, own).id("case-overview")).size()).isZero();
        assertRefused(scene.page(null));
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        CaseScene scene = scene();

        open(scene.page(null), LoginView.class);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private CaseScene scene() {
        return new CaseScene(fixtures(), cases);
    }

    private List<String> headings(CaseListView page) {
        return $(H3.class, page).all().stream().map(H3::getText).toList();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<CaseSummary>, CaseSummary> summaries(CaseListView page, String id) {
        return test(GridTester.class, $(Grid.class, page).id(id));
    }

    private static List<Long> ids(GridTester<Grid<CaseSummary>, CaseSummary> grid) {
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).id()).toList();
    }

    private static String status(GridTester<Grid<CaseSummary>, CaseSummary> grid, int row) {
        return ((Span) grid.getCellComponent(row, 3)).getText();
    }
}
