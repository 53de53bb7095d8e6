package org.freelance.portal.identity.ui;

import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Locale;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordResetViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void valid_link_offers_the_french_new_password_form() {
        String link = resetLinkFor(fixtures().person("reset"));

        PasswordResetView page = open(link, PasswordResetView.class);

        assertThat(textOf(page)).contains("Nouveau mot de passe");
        assertThat(password(page).getLabel()).isEqualTo("Nouveau mot de passe");
        assertThat(password(page).getHelperText()).isEqualTo("Au moins 12 caractères, au plus 72 octets (72 lettres sans accents, moins avec des accents ou des symboles).");
        assertThat(confirm(page).getLabel()).isEqualTo("Confirmer le mot de passe");
        assertThat(save(page).getText()).isEqualTo("Enregistrer le mot de passe");
    }

    @Test
    void different_confirmation_is_refused_and_both_entries_are_kept() {
        PasswordResetView page = open(resetLinkFor(fixtures().person("reset")), PasswordResetView.class);

        test(password(page)).setValue("nouveau-secret-1");
        test(confirm(page)).setValue("nouveau-secret-2");
        test(save(page)).click();

        assertThat(errorOf(confirm(page))).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(password(page).getValue()).isEqualTo("nouveau-secret-1");
        assertThat(confirm(page).getValue()).isEqualTo("nouveau-secret-2");
        assertThat(getCurrentView()).isSameAs(page);
    }

    @Test
    void too_short_password_is_refused_with_the_rule() {
        PasswordResetView page = open(resetLinkFor(fixtures().person("reset")), PasswordResetView.class);

        test(password(page)).setValue("court");
        test(confirm(page)).setValue("court");
        test(save(page)).click();

        assertThat(errorOf(password(page))).isEqualTo("Le mot de passe doit faire au moins 12 caractères.");
        assertThat(password(page).getValue()).isEqualTo("court");
    }

    @Test
    void a_password_longer_than_72_bytes_is_refused_with_the_rule_not_an_unexpected_error() {
        PasswordResetView page = open(resetLinkFor(fixtures().person("reset")), PasswordResetView.class);
        String tooLong = "une-phrase-de-passe-".repeat(5);

        test(password(page)).setValue(tooLong);
        test(confirm(page)).setValue(tooLong);
        test(save(page)).click();

        assertThat(errorOf(password(page))).isEqualTo("Le mot de passe est trop long : au plus 72 octets, "
                + "soit 72 lettres sans accents, moins avec des accents ou des symboles.");
        assertThat(password(page).getValue()).isEqualTo(tooLong);
        assertThat(getCurrentView()).isSameAs(page);
    }

    @Test
    void new_password_is_saved_and_the_person_is_sent_to_sign_in() {
        AccountView person = fixtures().person("reset");
        PasswordResetView page = open(resetLinkFor(person), PasswordResetView.class);

        test(password(page)).setValue("tout-nouveau-secret");
        test(confirm(page)).setValue("tout-nouveau-secret");
        test(save(page)).click();

        LoginView login = (LoginView) getCurrentView();
        assertThat(textOf(login)).contains("Votre mot de passe a été modifié : connectez-vous.");
        String hash = accounts.findForSignIn(person.email()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("tout-nouveau-secret", hash)).isTrue();
    }

    @Test
    void used_link_no_longer_works() {
        AccountView person = fixtures().person("reset");
        String link = resetLinkFor(person);
        accounts.resetPassword(link.substring(link.lastIndexOf('/') + 1), "premier-changement");

        PasswordResetView page = open(link, PasswordResetView.class);

        assertInvalid(page);
    }

    @Test
    void unknown_link_is_refused_with_a_way_to_ask_again() {
        PasswordResetView page = open("password-reset/not-a-real-token", PasswordResetView.class);

        assertInvalid(page);
    }

    private void assertInvalid(PasswordResetView page) {
        assertThat(textOf(page)).contains("Ce lien de réinitialisation n’est plus valable (expiré ou déjà utilisé).");
        assertThat($(PasswordField.class, page).exists()).isFalse();
        Anchor again = $(Anchor.class, page).single();
        assertThat(again.getText()).isEqualTo("Demander un nouveau lien");
        assertThat(again.getHref()).isEqualTo("password-reset");
        assertThat($(Paragraph.class, page).id("reset-invalid")).isNotNull();
    }

    /** The path of the link the person received by mail. */
    private String resetLinkFor(AccountView person) {
        accounts.requestPasswordReset(person.email(), Locale.FRENCH);
        String link;
        try {
            link = mailOutbox.awaitLinkTo(person.email(), "/password-reset/", Duration.ofSeconds(10)).orElseThrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return link.substring(link.indexOf("password-reset/"));
    }

    private PasswordField password(PasswordResetView page) {
        return $(PasswordField.class, page).id("reset-password");
    }

    private PasswordField confirm(PasswordResetView page) {
        return $(PasswordField.class, page).id("reset-password-confirm");
    }

    private Button save(PasswordResetView page) {
        return $(Button.class, page).id("reset-save");
    }
}
