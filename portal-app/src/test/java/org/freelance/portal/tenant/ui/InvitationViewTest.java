package org.freelance.portal.tenant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.shell.DashboardView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationIssued;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.MailOutbox;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class InvitationViewTest extends ViewTestSupport {

    @Autowired
    InvitationService invitations;
    @Autowired
    CommunityService communities;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void unknown_link_says_so_in_french() {
        InvitationView page = open("invitation/not-a-real-token", InvitationView.class);

        assertThat(textOf(page)).contains("Invitation",
                "Ce lien d’invitation n’existe pas. Vérifiez qu’il a été copié en entier.");
        assertThat($(Button.class, page).exists()).isFalse();
    }

    @Test
    void newcomer_reads_the_invitation_and_is_asked_to_choose_a_password() {
        CommunityView community = newCommunity("Invite");
        String newcomer = newcomerEmail();
        String link = invite(community, newcomer, Role.MEMBER);

        InvitationView page = open(link, InvitationView.class);

        assertThat(textOf(page)).contains("Vous êtes invité à rejoindre « " + community.name() + " » avec l’adresse "
                + newcomer + ", rôle : Membre (freelance). Lien valable jusqu’au ",
                "Choisissez votre nom et le mot de passe de votre compte " + newcomer + ".");
        assertThat(name(page).getLabel()).isEqualTo("Votre nom");
        assertThat(password(page).getLabel()).isEqualTo("Nouveau mot de passe");
        assertThat(createAccount(page).getText()).isEqualTo("Créer mon compte et rejoindre");
        assertThat(page.getPageTitle()).isEqualTo("Invitation");
    }

    @Test
    void newcomer_typing_two_different_passwords_is_told_and_keeps_both() {
        InvitationView page = open(invite(newCommunity("Invite"), newcomerEmail(), Role.MEMBER), InvitationView.class);

        test(password(page)).setValue("mon-secret-1");
        test(confirm(page)).setValue("mon-secret-2");
        test(createAccount(page)).click();

        assertThat(errorOf(confirm(page))).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(password(page).getValue()).isEqualTo("mon-secret-1");
        assertThat(confirm(page).getValue()).isEqualTo("mon-secret-2");
    }

    @Test
    void newcomer_password_too_short_is_refused_with_the_rule() {
        InvitationView page = open(invite(newCommunity("Invite"), newcomerEmail(), Role.MEMBER), InvitationView.class);

        test(name(page)).setValue("Nadia Benali");
        test(password(page)).setValue("court");
        test(confirm(page)).setValue("court");
        test(createAccount(page)).click();

        assertThat(errorOf(password(page))).isEqualTo("Le mot de passe doit faire au moins 12 caractères.");
    }

    @Test
    void newcomer_creates_the_account_joins_and_is_sent_to_sign_in() {
        CommunityView community = newCommunity("Invite");
        String newcomer = newcomerEmail();
        InvitationView page = open(invite(community, newcomer, Role.EXPERT), InvitationView.class);

        test(name(page)).setValue("Nadia Benali");
        test(password(page)).setValue("mon-nouveau-secret");
        test(confirm(page)).setValue("mon-nouveau-secret");
        test(createAccount(page)).click();

        LoginView login = (LoginView) getCurrentView();
        assertThat(textOf(login)).contains("Votre compte " + newcomer + " est prêt : connectez-vous.");
        assertThat(prefilledEmail(login)).isEqualTo(newcomer);
        assertThat(passwordEncoder.matches("mon-nouveau-secret",
                accounts.findForSignIn(newcomer).orElseThrow().passwordHash())).isTrue();
        signInAs(newcomer);
        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);
        assertThat(textOf(dashboard)).contains("Bonjour Nadia Benali", "avec le rôle : Expert.");
    }

    @Test
    void newcomer_without_a_name_is_told_on_the_name_and_keeps_the_passwords() {
        String newcomer = newcomerEmail();
        InvitationView page = open(invite(newCommunity("Invite"), newcomer, Role.MEMBER), InvitationView.class);

        test(password(page)).setValue("mon-nouveau-secret");
        test(confirm(page)).setValue("mon-nouveau-secret");
        test(createAccount(page)).click();

        assertThat(errorOf(name(page))).isEqualTo("Le nom affiché est obligatoire.");
        assertThat(password(page).getValue()).isEqualTo("mon-nouveau-secret");
        assertThat(confirm(page).getValue()).isEqualTo("mon-nouveau-secret");
        assertThat(accounts.findForSignIn(newcomer).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void newcomer_whose_link_was_shown_to_the_admin_cannot_choose_a_password_and_is_offered_to_sign_in() {
        CommunityView community = newCommunity("Invite");
        String newcomer = newcomerEmail();
        String link = mailOutbox.withoutMailServer(() -> invite(community, newcomer, Role.MEMBER));

        InvitationView page = open(link, InvitationView.class);

        assertThat($(PasswordField.class, page).exists()).isFalse();
        assertThat($(Button.class, page).withId("invitation-create-account").exists()).isFalse();
        assertThat($(Paragraph.class, page).id("invitation-explanation").getText()).isEqualTo(
                "Ce lien vous a été transmis par la personne qui vous invite, pas par e-mail : il ne peut pas créer "
                + "votre compte. Il ajoute la communauté à votre compte dès que vous vous connectez avec l’adresse "
                + newcomer + ", par exemple par un fournisseur d’identité proposé sur la page de connexion. Si vous "
                + "ne pouvez pas vous connecter, demandez une nouvelle invitation par e-mail.");

        test($(Button.class, page).id("invitation-sign-in")).click();

        LoginView login = (LoginView) getCurrentView();
        assertThat(prefilledEmail(login)).isEqualTo(newcomer);
        assertThat(accounts.findForSignIn(newcomer).orElseThrow().passwordHash()).isNull();
    }

    @Test
    void person_who_can_already_sign_in_is_asked_to_sign_in_first() {
        AccountView existing = fixtures().person("known");
        InvitationView page = open(invite(newCommunity("Invite"), existing.email(), Role.MEMBER), InvitationView.class);

        Button signIn = $(Button.class, page).id("invitation-sign-in");
        assertThat(signIn.getText()).isEqualTo("Se connecter en tant que " + existing.email() + " pour accepter");
        assertThat($(Paragraph.class, page).id("invitation-explanation").getText())
                .startsWith("Ce lien ajoute la communauté au compte " + existing.email() + " : connectez-vous");
        assertThat($(PasswordField.class, page).exists()).isFalse();

        test(signIn).click();

        assertThat(prefilledEmail((LoginView) getCurrentView())).isEqualTo(existing.email());
    }

    @Test
    void signed_in_invitee_joins_in_one_click() {
        CommunityView community = newCommunity("Invite");
        AccountView existing = fixtures().person("known");
        String link = invite(community, existing.email(), Role.MEMBER);
        signInAs(existing);
        InvitationView page = open(link, InvitationView.class);

        Button accept = $(Button.class, page).id("invitation-accept");
        assertThat(accept.getText()).isEqualTo("Rejoindre la communauté");
        test(accept).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(notificationTexts()).contains("Bienvenue dans la communauté !");
        assertThat(communities.enter(community.slug())).isPresent();
    }

    @Test
    void someone_else_signed_in_is_told_who_the_invitation_is_for() {
        CommunityView community = newCommunity("Invite");
        String invitee = newcomerEmail();
        String link = invite(community, invitee, Role.MEMBER);
        signInAs(fixtures().person("intruder"));
        InvitationView page = open(link, InvitationView.class);

        test($(Button.class, page).id("invitation-accept")).click();

        assertThat(getCurrentView()).isSameAs(page);
        assertThat(notificationTexts()).contains("Cette invitation est destinée à " + invitee
                + " : connectez-vous avec ce compte.");
        assertThat(communities.enter(community.slug())).isEmpty();
    }

    @Test
    void revoked_invitation_says_so_and_offers_nothing() {
        CommunityView community = newCommunity("Invite");
        AccountView admin = newMember(community, Role.ADMIN);
        InvitationIssued issued = as(admin, community, () -> invitations.invite(newcomerEmail(), EnumSet.of(Role.MEMBER)));
        as(admin, community, () -> {
            invitations.revoke(issued.invitationId());
            return null;
        });

        InvitationView page = open(path(issued, mailOutbox), InvitationView.class);

        assertThat(status(page)).isEqualTo("Cette invitation a été révoquée par l’administrateur.");
        assertThat($(Button.class, page).exists()).isFalse();
        assertThat($(PasswordField.class, page).exists()).isFalse();
    }

    @Test
    void used_invitation_says_so() {
        CommunityView community = newCommunity("Invite");
        String link = invite(community, newcomerEmail(), Role.MEMBER);
        invitations.acceptWithNewPassword(link.substring(link.lastIndexOf('/') + 1), "Nadia", "premier-passage");

        InvitationView page = open(link, InvitationView.class);

        assertThat(status(page)).isEqualTo(
                "Cette invitation a déjà été utilisée. Connectez-vous pour accéder à la communauté.");
    }

    @Test
    void invitation_into_an_archived_community_can_no_longer_be_used() {
        CommunityView community = newCommunity("Invite");
        String link = invite(community, newcomerEmail(), Role.MEMBER);
        fixtures().asOperator(() -> communities.archive(community.id()));

        InvitationView page = open(link, InvitationView.class);

        assertThat(status(page)).isEqualTo("Cette invitation a été révoquée par l’administrateur.");
        assertThat($(PasswordField.class, page).exists()).isFalse();
    }

    private String invite(CommunityView community, String email, Role role) {
        AccountView admin = newMember(community, Role.ADMIN);
        return path(as(admin, community, () -> invitations.invite(email, EnumSet.of(role))), mailOutbox);
    }

    /** The portal path of the link the invitee received: by mail, or from the admin who was shown it. */
    static String path(InvitationIssued issued, MailOutbox outbox) {
        String link = issued.mailed() ? outbox.lastLinkTo(issued.email(), "/invitation/").orElseThrow() : issued.link();
        return link.substring(link.indexOf("invitation/"));
    }

    private static String newcomerEmail() {
        return "newcomer-" + TestFixtures.unique() + "@portal.test";
    }

    private String status(InvitationView page) {
        return $(Paragraph.class, page).id("invitation-status").getText();
    }

    /** The email the sign-in form starts with (put in the web component's field by the browser). */
    static String prefilledEmail(LoginView login) {
        return login.getChildren().filter(LoginForm.class::isInstance).findFirst().orElseThrow().getElement()
                .getAttribute("data-email");
    }

    private TextField name(InvitationView page) {
        return $(TextField.class, page).id("invitation-name");
    }

    private PasswordField password(InvitationView page) {
        return $(PasswordField.class, page).id("invitation-password");
    }

    private PasswordField confirm(InvitationView page) {
        return $(PasswordField.class, page).id("invitation-password-confirm");
    }

    private Button createAccount(InvitationView page) {
        return $(Button.class, page).id("invitation-create-account");
    }
}
