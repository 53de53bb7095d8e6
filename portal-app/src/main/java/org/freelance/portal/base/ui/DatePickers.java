package org.freelance.portal.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Date pickers show and read dates the French way (dd/MM/yyyy) in both languages. */
public final class DatePickers {

    private DatePickers() {
    }

    public static void french(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy");
        i18n.setFirstDayOfWeek(1);
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        boolean english = ui != null && "en".equals(ui.getLocale().getLanguage());
        if (english) {
            i18n.setToday(picker.getTranslation("date.today"));
            i18n.setCancel(picker.getTranslation("action.cancel"));
            picker.setI18n(i18n);
            return;
        }
        i18n.setMonthNames(List.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"));
        i18n.setWeekdays(List.of("dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"));
        i18n.setWeekdaysShort(List.of("dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."));
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        picker.setI18n(i18n);
    }
}
