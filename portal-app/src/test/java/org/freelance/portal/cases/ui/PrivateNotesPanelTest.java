package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetTester;
import com.vaadin.flow.component.textfield.TextArea;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.PrivateNoteService;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The private notes tab of the case page: for the lead and the supporters, never for the freelancer. */
class PrivateNotesPanelTest extends ViewTestSupport {

    private static final int TAB_NOTES = 4;
    private static final String SECRET = "Le client attend la clôture de l’exercice pour payer : ne pas le brusquer.";

    @Autowired
    CaseService cases;
    @Autowired
    PrivateNoteService notes;

    @Test
    void lead_writes_a_private_note_in_its_own_tab_and_the_supporter_reads_it() {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = scene.taken("Notes du référent");
        scene.as(scene.expert, () -> cases.inviteSupporter(id, scene.mediator.id()));
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));

        assertThat(tabs(page).getTabCount()).isEqualTo(5);
        selectTab(page, TAB_NOTES);
        assertThat(textOf(panel(page))).contains("Le freelance ne les voit pas", "Aucune note privée pour l’instant.");
        test(noteField(page)).setValue(SECRET);
        test($(Button.class, page).id("private-note-add")).click();

        assertThat(notificationTexts()).contains("Note privée ajoutée.");
        assertThat(noteField(page).getValue()).isEmpty();
        assertThat(textOf($(Div.class, page).id("private-note-list"))).contains(SECRET, "Person expert · ")
                .doesNotContain("Aucune note privée");

        signInAs(scene.mediator);
        CaseDetailView supporter = detail(scene.page(id));
        selectTab(supporter, TAB_NOTES);
        assertThat(textOf($(Div.class, supporter).id("private-note-list"))).contains(SECRET, "Person expert · ");
    }

    @Test
    void freelancer_has_no_notes_tab_and_reads_the_note_on_no_tab_of_the_case() {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = scene.taken("Notes cachées");
        scene.as(scene.expert, () -> notes.add(id, SECRET));
        signInAs(scene.freelancer);
        CaseDetailView page = detail(scene.page(id));

        assertThat(tabs(page).getTabCount()).isEqualTo(4);
        for (int tab = 0; tab < tabs(page).getTabCount(); tab++) {
            selectTab(page, tab);
            assertThat(pageText()).as("tab %d", tab).doesNotContain("clôture de l’exercice")
                    .doesNotContain("Notes privées");
        }
        assertThat($(PrivateNotesPanel.class).all()).isEmpty();
    }

    @Test
    void a_blank_or_too_long_note_is_refused_under_the_field_and_what_was_typed_stays() {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = scene.taken("Notes refusées");
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));
        selectTab(page, TAB_NOTES);
        assertThat(noteField(page).getMaxLength()).isEqualTo(PrivateNoteService.MAX_CHARS);

        test($(Button.class, page).id("private-note-add")).click();
        assertThat(errorOf(noteField(page))).isEqualTo("Écrivez la note avant de l’ajouter.");

        String tooLong = "x".repeat(PrivateNoteService.MAX_CHARS + 1);
        // what a client that ignores the field's maxlength sends
        noteField(page).setValue(tooLong);
        test($(Button.class, page).id("private-note-add")).click();
        assertThat(errorOf(noteField(page))).startsWith("Texte trop long");
        assertThat(noteField(page).getValue()).isEqualTo(tooLong);
        assertThat(scene.as(scene.expert, () -> notes.list(id))).isEmpty();
    }

    @Test
    void a_closed_case_shows_its_notes_without_the_field() {
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = scene.taken("Notes closes");
        scene.as(scene.expert, () -> notes.add(id, SECRET));
        scene.as(scene.expert, () -> cases.move(id, CaseStatus.RESOLVED, "Payé"));
        scene.as(scene.expert, () -> cases.move(id, CaseStatus.CLOSED, null));
        signInAs(scene.expert);
        CaseDetailView page = detail(scene.page(id));
        selectTab(page, TAB_NOTES);

        assertThat(textOf(panel(page))).contains(SECRET,
                "Dossier clos : les notes restent lisibles, on n’en ajoute plus.");
        assertThat($(TextArea.class, page).all()).noneMatch(a -> "private-note-text".equals(a.getId().orElse(null)));
    }

    private PrivateNotesPanel panel(CaseDetailView page) {
        return $(PrivateNotesPanel.class, page).single();
    }

    private TextArea noteField(CaseDetailView page) {
        return $(TextArea.class, page).id("private-note-text");
    }

    private CaseDetailView detail(String location) {
        CaseDetailView page = open(location, CaseDetailView.class);
        roundTrip();
        return page;
    }

    private TabSheet tabs(CaseDetailView page) {
        return $(TabSheet.class, page).id("case-tabs");
    }

    private void selectTab(CaseDetailView page, int tab) {
        test(TabSheetTester.class, tabs(page)).select(tab);
        roundTrip();
    }
}
