package org.freelance.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ProfileViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void person_sees_their_profile_in_french() {
        AccountView person = fixtures().person("profile");
        signInAs(person);

        ProfileView profile = open("profile", ProfileView.class);

        assertThat(textOf(profile)).contains("Mon profil", "Mot de passe");
        assertThat(name(profile).getLabel()).isEqualTo("Nom affiché");
        assertThat(name(profile).getValue()).isEqualTo(person.displayName());
        TextField email = $(TextField.class, profile).withLabel("E-mail").single();
        assertThat(email.getValue()).isEqualTo(person.email());
        assertThat(email.isReadOnly()).isTrue();
        assertThat(language(profile).getLabel()).isEqualTo("Langue");
        assertThat(save(profile).getText()).isEqualTo("Enregistrer");
        assertThat(profile.getPageTitle()).isEqualTo("Mon profil");
    }

    @Test
    void renaming_is_saved_and_confirmed() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        test(name(profile)).setValue("Camille Dupont");
        test(save(profile)).click();

        assertThat(notificationTexts()).contains("Profil enregistré.");
        assertThat(accounts.find(person.id()).orElseThrow().displayName()).isEqualTo("Camille Dupont");
    }

    @Test
    void blank_name_is_refused_and_the_chosen_language_is_kept() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        test(language(profile)).selectItem("English");
        test(name(profile)).setValue("   ");
        test(save(profile)).click();

        assertThat(errorOf(name(profile))).isEqualTo("Le nom affiché est obligatoire.");
        assertThat(language(profile).getValue()).isEqualTo("en");
        assertThat(accounts.find(person.id()).orElseThrow().displayName()).isEqualTo(person.displayName());
    }

    @Test
    void too_long_name_is_refused_and_kept_for_correction() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);
        String tooLong = "N".repeat(121);

        test(name(profile)).setValue(tooLong);
        test(save(profile)).click();

        assertThat(errorOf(name(profile))).isEqualTo("Le nom affiché dépasse 120 caractères.");
        assertThat(name(profile).getValue()).isEqualTo(tooLong);
    }

    @Test
    void corrected_name_clears_the_error() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);
        test(name(profile)).setValue("");
        test(save(profile)).click();

        test(name(profile)).setValue("Camille Dupont");
        test(save(profile)).click();

        assertThat(name(profile).isInvalid()).isFalse();
    }

    @Test
    void password_eye_buttons_are_labelled_in_the_page_language() {
        signInAs(fixtures().person("eye"));

        ProfileView profile = open("profile", ProfileView.class);

        assertThat($(PasswordField.class, profile).all()).hasSize(3).allSatisfy(field ->
                assertThat(String.valueOf(field.getElement().getPropertyRaw("i18n")))
                        .contains("Afficher le mot de passe"));
    }

    @Test
    void profile_without_a_language_shows_that_it_follows_the_browser() {
        signInAs(fixtures().person("profile"));

        ProfileView profile = open("profile", ProfileView.class);

        assertThat(language(profile).getValue()).isNull();
        assertThat(language(profile).getEmptySelectionCaption()).isEqualTo("Celle du navigateur");
        // what the closed field displays for the empty value is the generator's label, never a raw key
        assertThat(language(profile).getItemLabelGenerator().apply(null)).isEqualTo("Celle du navigateur");
    }

    @Test
    void person_following_the_browser_language_keeps_following_it_after_renaming() {
        AccountView person = fixtures().person("profile");
        assertThat(person.language()).isNull();
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        test(name(profile)).setValue("Camille Dupont");
        test(save(profile)).click();

        assertThat(accounts.find(person.id()).orElseThrow().language()).isNull();
    }

    @Test
    void chosen_language_is_saved_and_used_from_the_next_page_load() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        test(language(profile)).selectItem("English");
        test(save(profile)).click();

        assertThat(accounts.find(person.id()).orElseThrow().language()).isEqualTo("en");
        signInAs(person);
        assertThat(open("profile", ProfileView.class).getPageTitle()).isEqualTo("My profile");
    }

    @Test
    void saved_language_wins_over_the_browser() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);
        test(language(profile)).selectItem("Français");
        test(save(profile)).click();

        browserSpeaks(Locale.ENGLISH);

        assertThat(open("profile", ProfileView.class).getPageTitle()).isEqualTo("Mon profil");
    }

    @Test
    void password_change_needs_the_right_current_password() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        changePassword(profile, "pas-le-bon-mot", "nouveau-secret-1", "nouveau-secret-1");

        assertThat(errorOf(field(profile, "password-current"))).isEqualTo("Le mot de passe actuel est incorrect.");
        assertThat(field(profile, "password-new").getValue()).isEqualTo("nouveau-secret-1");
        assertStillPassword(person, TestFixtures.PASSWORD);
    }

    @Test
    void password_change_needs_the_same_password_twice() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        changePassword(profile, TestFixtures.PASSWORD, "nouveau-secret-1", "nouveau-secret-2");

        assertThat(errorOf(field(profile, "password-confirm"))).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertStillPassword(person, TestFixtures.PASSWORD);
    }

    @Test
    void too_short_new_password_is_refused_with_the_rule() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        changePassword(profile, TestFixtures.PASSWORD, "court", "court");

        assertThat(errorOf(field(profile, "password-new"))).isEqualTo("Le mot de passe doit faire au moins 12 caractères.");
    }

    @Test
    void password_is_changed_confirmed_and_the_form_emptied() {
        AccountView person = fixtures().person("profile");
        signInAs(person);
        ProfileView profile = open("profile", ProfileView.class);

        changePassword(profile, TestFixtures.PASSWORD, "nouveau-secret-1", "nouveau-secret-1");

        assertThat(notificationTexts()).contains("Mot de passe modifié.");
        assertThat(field(profile, "password-current").getValue()).isEmpty();
        assertThat(field(profile, "password-new").getValue()).isEmpty();
        assertStillPassword(person, "nouveau-secret-1");
    }

    @Test
    void account_without_a_password_is_not_offered_a_password_change() {
        AccountView invited = accounts.ensureAccount("invited-" + TestFixtures.unique() + "@portal.test");
        signInAs(invited);

        ProfileView profile = open("profile", ProfileView.class);

        assertThat($(PasswordField.class, profile).exists()).isFalse();
        assertThat(name(profile).getValue()).isEqualTo(invited.displayName());
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("profile", LoginView.class);
    }

    private void changePassword(ProfileView profile, String current, String next, String confirm) {
        test(field(profile, "password-current")).setValue(current);
        test(field(profile, "password-new")).setValue(next);
        test(field(profile, "password-confirm")).setValue(confirm);
        test($(Button.class, profile).id("password-change")).click();
    }

    private void assertStillPassword(AccountView person, String password) {
        String hash = accounts.findForSignIn(person.email()).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
    }

    private TextField name(ProfileView profile) {
        return $(TextField.class, profile).id("profile-name");
    }

    @SuppressWarnings("unchecked")
    private Select<String> language(ProfileView profile) {
        return $(Select.class, profile).id("profile-language");
    }

    private Button save(ProfileView profile) {
        return $(Button.class, profile).id("profile-save");
    }

    private PasswordField field(ProfileView profile, String id) {
        return $(PasswordField.class, profile).id(id);
    }
}
