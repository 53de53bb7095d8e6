package org.freelance.portal.base;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The labels of a generated document (PDF report, journal) in French or English, and the French
 * formats documents use for dates and amounts whatever their language.
 */
public record ReportLabels(ResourceBundle bundle, Locale locale) {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** {@code baseName} such as {@code review.report}; English when the language is "en", French otherwise. */
    public static ReportLabels load(String baseName, String language) {
        boolean english = "en".equals(language);
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportLabels(bundle, english ? Locale.ENGLISH : Locale.FRENCH);
    }

    public boolean english() {
        return Locale.ENGLISH.equals(locale);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public static String date(LocalDate date) {
        return date == null ? "…" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "…" : DATE_TIME.format(instant.atZone(PARIS));
    }

    public static String euros(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(amount);
    }
}
