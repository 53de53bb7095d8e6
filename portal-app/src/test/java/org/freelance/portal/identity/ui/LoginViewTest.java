package org.freelance.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginFormTester;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.freelance.portal.base.ui.PortalUiInitListener;
import org.freelance.portal.shell.DashboardView;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginViewTest extends ViewTestSupport {

    @Test
    void anonymous_visitor_sees_the_french_sign_in_form() {
        LoginView login = open("login", LoginView.class);

        assertThat($(H1.class, login).single().getText()).isEqualTo("Portail Freelance Entraide");
        assertThat(textOf(login)).contains(
                "Deuxième avis sur vos contrats, médiation et retours d’expérience entre freelances.");
        assertThat(i18n(login, "form", "title")).isEqualTo("Connexion");
        assertThat(i18n(login, "form", "username")).isEqualTo("E-mail");
        assertThat(i18n(login, "form", "password")).isEqualTo("Mot de passe");
        assertThat(i18n(login, "form", "submit")).isEqualTo("Se connecter");
        assertThat(i18n(login, "form", "forgotPassword")).isEqualTo("Mot de passe oublié ?");
        assertThat(form(login).getAction()).isEqualTo("login");
        assertThat(form(login).isError()).isFalse();
        assertThat(notice(login).isVisible()).isFalse();
        assertThat(login.getPageTitle()).isEqualTo("Connexion");
    }

    @Test
    void no_identity_provider_block_when_none_is_configured() {
        LoginView login = open("login", LoginView.class);

        assertThat($(Div.class, login).withId("oidc-providers").exists()).isFalse();
    }

    @Test
    void failed_sign_in_shows_the_translated_error() {
        LoginView login = open("login?error", LoginView.class);

        assertThat(form(login).isError()).isTrue();
        assertThat(i18n(login, "errorMessage", "title")).isEqualTo("Connexion impossible");
        assertThat(i18n(login, "errorMessage", "message")).contains("compte bloqué 15 minutes après 5 échecs");
    }

    @Test
    void newcomer_who_just_chose_a_password_is_welcomed_by_email() {
        LoginView login = open("login?welcome=claire@portal.test", LoginView.class);

        assertThat(notice(login).isVisible()).isTrue();
        assertThat(notice(login).getText()).isEqualTo("Votre compte claire@portal.test est prêt : connectez-vous.");
    }

    @Test
    void a_welcome_that_is_not_an_email_address_shows_nothing_of_what_the_link_carried() {
        for (String bait : new String[] { "Appelez le 01 23 45 67 89 pour débloquer votre compte",
                "support@portail-securite.example : votre compte est suspendu", "<b>x</b>@y.z", "" }) {
            LoginView login = open("login?welcome=" + java.net.URLEncoder.encode(bait,
                    java.nio.charset.StandardCharsets.UTF_8), LoginView.class);

            assertThat(notice(login).isVisible()).as(bait).isFalse();
            assertThat(textOf(login)).doesNotContain("Appelez").doesNotContain("suspendu").doesNotContain("<b>");
        }
    }

    @Test
    void password_reset_is_confirmed() {
        LoginView login = open("login?reset=done", LoginView.class);

        assertThat(notice(login).getText()).isEqualTo("Votre mot de passe a été modifié : connectez-vous.");
    }

    @Test
    void identity_provider_refusal_is_translated() {
        LoginView login = open("login?oidc-error=error.oidc.email-unverified", LoginView.class);

        assertThat(notice(login).getText()).startsWith("Votre fournisseur d’identité n’a pas vérifié votre e-mail");
    }

    @Test
    void tampered_error_key_shows_only_the_generic_provider_failure() {
        LoginView login = open("login?oidc-error=error.member.last-admin", LoginView.class);

        assertThat(notice(login).getText()).isEqualTo("La connexion avec le fournisseur d’identité a échoué. Réessayez.");
    }

    @Test
    void forgotten_password_leads_to_the_reset_request() {
        LoginView login = open("login", LoginView.class);

        test(LoginFormTester.class, form(login)).forgotPassword();

        assertThat(getCurrentView()).isInstanceOf(PasswordResetRequestView.class);
    }

    @Test
    void visitor_can_switch_the_page_to_english_for_the_session() {
        LoginView login = open("login", LoginView.class);
        Button french = $(Button.class, login).withText("Français").single();
        assertThat(french.isEnabled()).isFalse();

        test($(Button.class, login).withText("English").single()).click();

        assertThat(VaadinSession.getCurrent().getAttribute(PortalUiInitListener.CHOSEN_LOCALE)).isEqualTo(Locale.ENGLISH);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.ENGLISH);
        LoginView reloaded = open("login", LoginView.class);
        assertThat(i18n(reloaded, "form", "title")).isEqualTo("Sign in");
    }

    @Test
    void signed_in_person_visiting_the_login_page_goes_home() {
        signInAs(ALICE_MEMBER);

        open("login", DashboardView.class);
    }

    private LoginForm form(LoginView login) {
        return $(LoginForm.class, login).single();
    }

    /** A text of the login form as the browser receives it (its i18n property). */
    private String i18n(LoginView login, String group, String key) {
        JsonNode i18n = (JsonNode) form(login).getElement().getPropertyRaw("i18n");
        return i18n.get(group).get(key).asString();
    }

    private Paragraph notice(LoginView login) {
        // looked up among the children: the query API finds visible components only
        return login.getChildren().filter(c -> c.getId().orElse("").equals("login-notice")).map(Paragraph.class::cast)
                .findFirst().orElseThrow();
    }
}
