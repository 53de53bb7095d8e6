package org.freelance.portal.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text of the portal, from {@code vaadin-i18n/translations*.properties}. French is
 * the first locale, so a browser asking for neither French nor English gets French.
 */
@Component
public class PortalI18NProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n.translations";
    /** Vocabulary shared with the PDF reports (clause categories, finding types, severities). */
    private static final String REPORT_BUNDLE = "review.report";
    private static final Logger log = LoggerFactory.getLogger(PortalI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = supported(locale);
        try {
            String pattern = pattern(key, effective);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key;
        }
    }

    private static String pattern(String key, Locale locale) {
        ResourceBundle portal = ResourceBundle.getBundle(BUNDLE, locale, NoFallback.INSTANCE);
        if (portal.containsKey(key)) {
            return portal.getString(key);
        }
        return ResourceBundle.getBundle(REPORT_BUNDLE, locale, NoFallback.INSTANCE).getString(key);
    }

    /** French unless the locale's language is English. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    /** Looks only at translations_fr / translations_en, never at the JVM's default locale. */
    private static final class NoFallback extends ResourceBundle.Control {
        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
