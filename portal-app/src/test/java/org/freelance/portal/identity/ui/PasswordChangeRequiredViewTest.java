package org.freelance.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.security.PortalUser;
import org.freelance.portal.shell.DashboardView;
import org.freelance.portal.tenant.AuditEntry;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.InvitationIssued;
import org.freelance.portal.tenant.InviteeAccount;
import org.freelance.portal.tenant.NewCommunity;
import org.freelance.portal.tenant.ui.AuditLogView;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordChangeRequiredViewTest extends ViewTestSupport {

    @Autowired
    CommunityService communities;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SessionRegistry sessionRegistry;

    private String slug;
    private String founder;
    private InvitationIssued invitation;
    private InviteeAccount account;

    /** What the operator does without mail: a community, its first admin invited, the account created with a code. */
    private void operatorCreatesTheFirstAdminWithACode() {
        slug = "code-" + TestFixtures.unique();
        founder = "fondatrice-" + TestFixtures.unique() + "@portal.test";
        invitation = mailOutbox.withoutMailServer(() -> fixtures().asOperator(() -> communities.create(
                new NewCommunity("Atelier " + slug, slug, null, "fr", null, null, founder))))
                .firstAdminInvitation().orElseThrow();
        account = fixtures().asOperator(() -> communities.createFirstAdminAccount(slug, invitation.invitationId()));
    }

    @Test
    void account_created_with_a_code_replaces_it_first_then_joins_through_the_invitation() {
        operatorCreatesTheFirstAdminWithACode();
        signInAs(founder);

        PasswordChangeRequiredView page = open(invitationPath() + "/accept", PasswordChangeRequiredView.class);

        assertThat(textOf(page)).contains("Choisissez votre mot de passe", "Votre compte a été créé par l’opérateur "
                + "de la plateforme avec un code à usage unique.");
        assertThat(name(page).getValue()).isEmpty();
        test(name(page)).setValue("Fondatrice Atelier");
        test(password(page)).setValue("ma-phrase-de-passe");
        test(confirm(page)).setValue("ma-phrase-de-passe");
        test(save(page)).click();

        DashboardView dashboard = (DashboardView) getCurrentView();
        assertThat(textOf(dashboard)).contains("Bonjour Fondatrice Atelier", "avec le rôle : Administrateur");
        String hash = accounts.findForSignIn(founder).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches("ma-phrase-de-passe", hash)).isTrue();
        assertThat(passwordEncoder.matches(account.oneTimeCode(), hash)).isFalse();

        AuditLogView audit = open("c/" + slug + "/audit", AuditLogView.class);
        @SuppressWarnings("unchecked")
        GridTester<Grid<AuditEntry>, AuditEntry> grid = test(GridTester.class, $(Grid.class, audit).id("audit-grid"));
        int created = IntStream.range(0, grid.size())
                .filter(i -> grid.getCellText(i, 1).equals("Compte créé par l’opérateur (code à usage unique)"))
                .findFirst().orElseThrow();
        assertThat(grid.getCellText(created, 3)).isEqualTo(founder);
        assertThat(grid.getCellText(created, 4)).isEqualTo(
                "Code à usage unique montré une seule fois à l’opérateur, à remplacer à la première connexion");
    }

    @Test
    void replacing_the_code_ends_every_other_sign_in_made_with_it() {
        operatorCreatesTheFirstAdminWithACode();
        PortalUser founderSignedIn = signInAs(founder);
        // someone else (the operator who saw the code, say) signed in with it too and waits on this page
        String otherSession = "other-" + TestFixtures.unique();
        sessionRegistry.registerNewSession(otherSession, founderSignedIn);
        PasswordChangeRequiredView page = open("profile", PasswordChangeRequiredView.class);

        test(name(page)).setValue("Fondatrice");
        test(password(page)).setValue("ma-phrase-de-passe");
        test(confirm(page)).setValue("ma-phrase-de-passe");
        test(save(page)).click();

        assertThat(sessionRegistry.getSessionInformation(otherSession).isExpired()).isTrue();
        assertThat(getCurrentView()).isNotInstanceOf(PasswordChangeRequiredView.class);
    }

    @Test
    void no_other_page_opens_before_the_code_is_replaced() {
        operatorCreatesTheFirstAdminWithACode();
        signInAs(founder);

        open("profile", PasswordChangeRequiredView.class);
        open("", PasswordChangeRequiredView.class);
        open("c/" + slug, PasswordChangeRequiredView.class);
    }

    @Test
    void keeping_the_code_as_password_is_refused() {
        operatorCreatesTheFirstAdminWithACode();
        signInAs(founder);
        PasswordChangeRequiredView page = open("profile", PasswordChangeRequiredView.class);

        test(name(page)).setValue("Fondatrice");
        test(password(page)).setValue(account.oneTimeCode());
        test(confirm(page)).setValue(account.oneTimeCode());
        test(save(page)).click();

        assertThat(errorOf(password(page))).isEqualTo("Choisissez un mot de passe différent du code à usage unique.");
        assertThat(name(page).getValue()).isEqualTo("Fondatrice");
        assertThat(getCurrentView()).isSameAs(page);
    }

    @Test
    void two_different_passwords_are_told_and_kept() {
        operatorCreatesTheFirstAdminWithACode();
        signInAs(founder);
        PasswordChangeRequiredView page = open("profile", PasswordChangeRequiredView.class);

        test(password(page)).setValue("ma-phrase-de-passe");
        test(confirm(page)).setValue("ma-phrase-de-passx");
        test(save(page)).click();

        assertThat(errorOf(confirm(page))).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(password(page).getValue()).isEqualTo("ma-phrase-de-passe");
    }

    @Test
    void person_with_a_password_of_their_own_never_stays_on_the_page() {
        signInAs(ALICE_MEMBER);

        openPasswordChange();

        assertThat(getCurrentView()).isNotInstanceOf(PasswordChangeRequiredView.class);
    }

    private void openPasswordChange() {
        com.vaadin.flow.component.UI.getCurrent().navigate(PasswordChangeRequiredView.ROUTE);
    }

    private String invitationPath() {
        return invitation.link().substring(invitation.link().indexOf("invitation/"));
    }

    private TextField name(PasswordChangeRequiredView page) {
        return $(TextField.class, page).id("password-change-name");
    }

    private PasswordField password(PasswordChangeRequiredView page) {
        return $(PasswordField.class, page).id("password-change-new");
    }

    private PasswordField confirm(PasswordChangeRequiredView page) {
        return $(PasswordField.class, page).id("password-change-confirm");
    }

    private Button save(PasswordChangeRequiredView page) {
        return $(Button.class, page).id("password-change-save");
    }
}
