package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journal form's "today" is Paris's at any hour, around midnight too: half an hour before it in
 * Paris, and half an hour before it in UTC, when Paris is already on the next day (winter and summer).
 * The form is reached by its element ids, as the browser journey does.
 */
class CaseJournalDatesViewTest extends ViewTestSupport {

    @Autowired
    CaseService cases;

    @ParameterizedTest(name = "at {0} it is {1} in Paris")
    @CsvSource({
            "2026-12-07T23:30:00+01:00, 2026-12-07",
            "2026-12-07T23:30:00Z,      2026-12-08",
            "2026-06-30T23:30:00+02:00, 2026-06-30",
            "2026-06-30T23:30:00Z,      2026-07-01"})
    void the_entry_form_starts_on_paris_today_accepts_it_and_refuses_tomorrow(OffsetDateTime now,
            LocalDate parisToday) {
        clock.setInstant(now.toInstant());
        CaseScene scene = new CaseScene(fixtures(), cases);
        Long id = scene.taken("Appels du soir");
        signInAs(scene.freelancer);
        CaseDetailView page = open(scene.page(id), CaseDetailView.class);
        roundTrip();

        DatePicker date = $(DatePicker.class, page).id("entry-date");
        assertThat(date.getValue()).as("the date the form starts on").isEqualTo(parisToday);
        test(date).setValue(parisToday.plusDays(1));
        fillCall(page);
        assertThat(date.getErrorMessage()).isEqualTo("La date ne peut pas être dans le futur.");
        assertThat(scene.as(scene.freelancer, () -> cases.get(id)).journal()).hasSize(2);

        test(date).setValue(parisToday);
        fillCall(page);
        assertThat(date.isInvalid()).isFalse();
        assertThat(notificationTexts()).contains("Entrée n° 3 ajoutée au journal.");
        assertThat(textOf($(Div.class, page).id("entry-3")))
                .contains("n° 3 · Échange · Appel · " + Formats.date(parisToday));
    }

    @SuppressWarnings("unchecked")
    private void fillCall(CaseDetailView page) {
        test(SelectTester.class, $(Select.class, page).id("entry-channel")).selectItem("Appel");
        test($(TextArea.class, page).id("entry-body")).setValue("Le client rappelle à 23 h 30.");
        test($(Button.class, page).id("entry-submit")).click();
        roundTrip();
    }
}
