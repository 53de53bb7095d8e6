package org.freelance.portal.identity.ui;

import java.time.Duration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;

class PasswordResetRequestViewTest extends ViewTestSupport {

    @Test
    void anonymous_visitor_sees_the_french_request_form() {
        PasswordResetRequestView page = open("password-reset", PasswordResetRequestView.class);

        assertThat(textOf(page)).contains("Mot de passe oublié",
                "Saisissez l’e-mail de votre compte : nous vous enverrons un lien valable une heure.");
        assertThat(email(page).getLabel()).isEqualTo("E-mail");
        assertThat(send(page).getText()).isEqualTo("Envoyer le lien");
        Anchor back = $(Anchor.class, page).single();
        assertThat(back.getText()).isEqualTo("Retour à la connexion");
        assertThat(back.getHref()).isEqualTo("login");
        assertThat(page.getPageTitle()).isEqualTo("Mot de passe oublié");
    }

    @Test
    void empty_email_is_refused_with_a_translated_message() {
        PasswordResetRequestView page = open("password-reset", PasswordResetRequestView.class);

        test(send(page)).click();

        assertThat(errorOf(email(page))).isEqualTo("Cette adresse e-mail n’est pas valide.");
        assertThat(outcome(page).getText()).isEmpty();
    }

    @Test
    void malformed_email_is_refused_and_kept_for_correction() {
        PasswordResetRequestView page = open("password-reset", PasswordResetRequestView.class);

        test(email(page)).setValue("pas-une-adresse");
        test(send(page)).click();

        assertThat(errorOf(email(page))).isEqualTo("Cette adresse e-mail n’est pas valide.");
        assertThat(email(page).getValue()).isEqualTo("pas-une-adresse");
        assertThat(outcome(page).getText()).isEmpty();
    }

    @Test
    void known_account_receives_a_reset_link_by_mail() throws Exception {
        AccountView person = fixtures().person("forgetful");
        PasswordResetRequestView page = open("password-reset", PasswordResetRequestView.class);

        test(email(page)).setValue(person.email());
        test(send(page)).click();

        assertThat(outcome(page).getText()).isEqualTo("Si un compte existe pour cette adresse, un lien vient de lui être envoyé.");
        assertThat(mailOutbox.awaitLinkTo(person.email(), "/password-reset/", Duration.ofSeconds(10))).isPresent();
    }

    @Test
    void unknown_address_gets_the_same_answer_and_no_mail() {
        String stranger = "nobody-" + TestFixtures.unique() + "@portal.test";
        PasswordResetRequestView page = open("password-reset", PasswordResetRequestView.class);

        test(email(page)).setValue(stranger);
        test(send(page)).click();

        assertThat(outcome(page).getText()).isEqualTo("Si un compte existe pour cette adresse, un lien vient de lui être envoyé.");
        assertThat(mailOutbox.to(stranger)).isEmpty();
    }

    private EmailField email(PasswordResetRequestView page) {
        return $(EmailField.class, page).id("reset-email");
    }

    private Button send(PasswordResetRequestView page) {
        return $(Button.class, page).id("reset-send");
    }

    private Paragraph outcome(PasswordResetRequestView page) {
        return page.getChildren().filter(c -> c.getId().orElse("").equals("reset-outcome")).map(Paragraph.class::cast)
                .findFirst().orElseThrow();
    }
}
