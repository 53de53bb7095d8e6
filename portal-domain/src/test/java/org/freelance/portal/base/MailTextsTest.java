package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every mail text formats with all its arguments: a straight apostrophe starts a quoted section in
 * MessageFormat and silently swallowed the link of a mail ("the admin's note ... {2}"). English mails
 * use typographic quotes like the screens.
 */
class MailTextsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)");

    @ParameterizedTest
    @ValueSource(strings = {"mail/mail.properties", "mail/mail_fr.properties", "mail/mail_en.properties"})
    void every_argument_of_every_mail_text_reaches_the_reader(String bundle) throws IOException {
        Properties texts = load(bundle);
        assertThat(texts).isNotEmpty();
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            Object[] arguments = new Object[10];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = "ARG" + i + "X";
            }
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(arguments);
            Matcher used = ARGUMENT.matcher(pattern);
            while (used.find()) {
                assertThat(formatted).as("%s in %s", key, bundle).contains("ARG" + used.group(1) + "X");
            }
            assertThat(formatted).as("%s in %s keeps no quoting artefact", key, bundle).doesNotContain("{");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail/mail_en.properties", "mail/mail_fr.properties", "mail/mail.properties"})
    void mails_use_typographic_quotes_and_apostrophes(String bundle) throws IOException {
        load(bundle).forEach((key, text) -> assertThat((String) text).as("%s in %s", key, bundle)
                .doesNotContain("\"").doesNotContain("'"));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MailTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
