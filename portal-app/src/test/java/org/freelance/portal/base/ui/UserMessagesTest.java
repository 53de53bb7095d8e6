package org.freelance.portal.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Properties;
import java.io.InputStream;
import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.PortalException;
import org.junit.jupiter.api.Test;

/** What a user reads when something fails, and the completeness of the translations. */
class UserMessagesTest {

    @Test
    void a_known_error_becomes_its_translated_message() {
        assertThat(UserMessages.of(new PortalException("error.member.already", "x@y.example")))
                .isEqualTo("x@y.example est déjà membre de cette communauté.");
        assertThat(UserMessages.of(new IllegalStateException("wrapper", new AccessDeniedException())))
                .isEqualTo("Vous n’avez pas accès à cette page.");
    }

    @Test
    void an_unexpected_error_shows_a_correlation_id_and_no_technical_detail() {
        String message = UserMessages.of(new NullPointerException("secret internals at Foo.java:42"));
        assertThat(message).startsWith("Une erreur inattendue est survenue.")
                .matches("(?s).*: [0-9a-f]{8}\\.$")
                .doesNotContain("NullPointerException").doesNotContain("secret").doesNotContain("Foo.java");
    }

    @Test
    void french_is_the_fallback_and_english_is_served_to_english_browsers() {
        PortalI18NProvider i18n = new PortalI18NProvider();
        assertThat(i18n.getTranslation("login.submit", Locale.GERMAN)).isEqualTo("Se connecter");
        assertThat(i18n.getTranslation("login.submit", Locale.UK)).isEqualTo("Sign in");
        assertThat(i18n.getProvidedLocales().getFirst()).isEqualTo(Locale.FRENCH);
        assertThat(i18n.getTranslation("dashboard.admin.members.figures", Locale.FRENCH, 1234L, 2))
                .as("French grouping and plurals").isEqualTo("1\u202f234 membres, 2 invitations en attente");
        assertThat(i18n.getTranslation("dashboard.admin.members.figures", Locale.FRENCH, 1, 0))
                .isEqualTo("1 membre, aucune invitation en attente");
    }

    @Test
    void english_bundle_has_every_french_key_and_no_more() throws Exception {
        Properties french = load("/vaadin-i18n/translations.properties");
        Properties english = load("/vaadin-i18n/translations_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
        assertThat(english.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void every_argument_of_every_text_reaches_the_reader_in_both_languages() throws Exception {
        // a straight apostrophe opens a quoted section in MessageFormat and would swallow what follows
        PortalI18NProvider i18n = new PortalI18NProvider();
        Properties french = load("/vaadin-i18n/translations.properties");
        java.util.regex.Pattern argument = java.util.regex.Pattern.compile("\\{(\\d)");
        Object[] values = java.util.stream.IntStream.range(0, 10).mapToObj(i -> (Object) (11 + i)).toArray();
        for (String key : french.stringPropertyNames()) {
            for (Locale locale : PortalI18NProvider.LOCALES) {
                String pattern = load(locale == Locale.FRENCH ? "/vaadin-i18n/translations.properties"
                        : "/vaadin-i18n/translations_en.properties").getProperty(key);
                java.util.regex.Matcher used = argument.matcher(pattern);
                if (!used.find()) {
                    continue;
                }
                String text = i18n.getTranslation(key, locale, values);
                used.reset();
                while (used.find()) {
                    assertThat(text).as("%s (%s)", key, locale).contains(String.valueOf(11 + Integer.parseInt(used.group(1))));
                }
            }
        }
    }

    private Properties load(String resource) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
