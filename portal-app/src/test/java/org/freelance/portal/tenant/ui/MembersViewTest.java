package org.freelance.portal.tenant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupTester;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.stream.IntStream;
import java.util.List;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberView;
import org.freelance.portal.tenant.PendingInvitation;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.MailOutbox;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MembersViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    MemberService members;
    @Autowired
    InvitationService invitations;
    @Autowired
    CommunityService communities;

    @Test
    void admin_sees_the_members_with_their_roles_in_french() {
        signInAs(ADA_ADMIN);

        MembersView page = open("c/" + DEMO + "/members", MembersView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Membres");
        GridTester<Grid<MemberView>, MemberView> grid = memberGrid(page);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Nom");
        assertThat(grid.getHeaderCell(2)).isEqualTo("Rôles");
        int alice = memberRow(page, ALICE_MEMBER);
        assertThat(grid.getCellText(alice, 0)).isEqualTo("Alice Martin");
        assertThat(grid.getCellText(alice, 2)).isEqualTo("Membre (freelance)");
        assertThat(grid.getCellText(memberRow(page, ADA_ADMIN), 2)).isEqualTo("Administrateur");
        assertThat(memberRow(page, BOB_OF_AUTRE)).isNegative();
        assertThat(page.getPageTitle()).isEqualTo("Membres");
    }

    @Test
    void admin_of_a_large_community_searches_and_sorts_the_members() {
        CommunityView community = newCommunity("Many");
        AccountView admin = newMember(community, Role.ADMIN);
        for (int i = 0; i < 17; i++) {
            newMember(community, i == 7 ? Role.MEDIATOR : Role.MEMBER);
        }
        signInAs(admin);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        GridTester<Grid<MemberView>, MemberView> grid = memberGrid(page);
        assertThat(grid.size()).isEqualTo(18);
        com.vaadin.flow.component.textfield.TextField search = $(com.vaadin.flow.component.textfield.TextField.class, page)
                .id("member-grid-search");
        assertThat(search.getPlaceholder()).isEqualTo("Rechercher dans la liste");

        // a role name as the reader sees it, without its accent
        test(search).setValue("mediateur");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 2)).isEqualTo("Médiateur");

        test(search).setValue("");
        assertThat(grid.size()).isEqualTo(18);
        // the list is long: it scrolls and loads by pages instead of drawing every row
        assertThat($(Grid.class, page).id("member-grid").isAllRowsVisible()).isFalse();
        List<?> columns = $(Grid.class, page).id("member-grid").getColumns();
        assertThat(columns.subList(0, 5)).as("name, email, roles, joined, last sign-in").allSatisfy(c ->
                assertThat(((com.vaadin.flow.component.grid.Grid.Column<?>) c).isSortable()).isTrue());
    }

    @Test
    void plain_member_cannot_open_the_members_page() {
        signInAs(ALICE_MEMBER);

        assertRefused("c/" + DEMO + "/members");
    }

    @Test
    void expert_and_mediator_cannot_open_the_members_page_either() {
        signInAs(ERIC_EXPERT);
        assertRefused("c/" + DEMO + "/members");

        signInAs(MAYA_MEDIATOR);
        assertRefused("c/" + DEMO + "/members");
    }

    @Test
    void admin_of_autre_cannot_open_the_members_page_of_demo() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));

        assertRefused("c/" + DEMO + "/members");
    }

    @Test
    void member_of_autre_cannot_open_the_members_page_of_demo() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/" + DEMO + "/members");
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("c/" + DEMO + "/members", LoginView.class);
    }

    @Test
    void admin_invites_a_member_by_mail() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        String invitee = "invitee-" + TestFixtures.unique() + "@portal.test";

        Dialog dialog = openInvite(page);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Inviter un membre");
        test(inviteEmail(dialog)).setValue(invitee);
        test(CheckboxGroupTester.class, inviteRoles(dialog)).selectItem("Expert");
        test(inviteSend(dialog)).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Invitation envoyée par e-mail à " + invitee + ".");
        assertThat(mailOutbox.lastLinkTo(invitee, "/invitation/")).isPresent();
        GridTester<Grid<PendingInvitation>, PendingInvitation> pending = invitationGrid(page);
        assertThat(pending.size()).isEqualTo(1);
        assertThat(pending.getCellText(0, 0)).isEqualTo(invitee);
        assertThat(pending.getCellText(0, 1)).isEqualTo("Membre (freelance), Expert");
        assertThat(pending.getCellText(0, 4)).isEqualTo("Par e-mail");
    }

    @Test
    void invitation_link_is_shown_to_copy_when_the_mail_cannot_go_out() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        String invitee = "invitee-" + TestFixtures.unique() + "@portal.test";

        Dialog dialog = openInvite(page);
        test(inviteEmail(dialog)).setValue(invitee);
        mailOutbox.withoutMailServer(() -> test(inviteSend(dialog)).click());

        assertThat(dialog.isOpened()).isTrue();
        TextField link = $(TextField.class, dialog).id("invite-link");
        assertThat(link.getValue()).contains("/invitation/");
        assertThat(link.isReadOnly()).isTrue();
        assertThat($(Paragraph.class, dialog).id("invite-explanation").getText()).isEqualTo("Aucun e-mail n’est parti, et "
                + invitee + " n’a pas encore de compte. Ce lien, que vous voyez, ne permet ni de créer ce compte ni d’en "
                + "choisir le mot de passe : il n’ajoutera " + invitee + " à la communauté qu’après sa connexion avec "
                + "cette adresse, par exemple par un fournisseur d’identité proposé sur la page de connexion. Sinon, "
                + "révoquez cette invitation et invitez à nouveau quand l’envoi d’e-mails fonctionnera : seul un lien "
                + "reçu par e-mail permet de créer un compte.");
        assertThat(inviteSend(dialog).isVisible()).isFalse();

        test($(Button.class, dialog).id("invite-link-copy")).click();

        assertThat(notificationTexts()).contains("Copié dans le presse-papiers.");
        assertThat(invitationGrid(page).getCellText(0, 4)).isEqualTo("Lien à transmettre");
    }

    @Test
    void a_refused_invitation_mail_is_listed_as_failed_and_to_be_tried_again() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        String invitee = "invitee-" + TestFixtures.unique() + MailOutbox.UNREACHABLE_DOMAIN;

        Dialog dialog = openInvite(page);
        test(inviteEmail(dialog)).setValue(invitee);
        test(inviteSend(dialog)).click();

        assertThat(mailOutbox.to(invitee)).isEmpty();
        GridTester<Grid<PendingInvitation>, PendingInvitation> pending = invitationGrid(page);
        assertThat(pending.getCellText(0, 0)).isEqualTo(invitee);
        assertThat(pending.getCellText(0, 4)).isEqualTo("Par e-mail : échec de l’envoi");
        assertThat(pending.getRow(0).mailFailed()).isTrue();
    }

    @Test
    void shown_link_for_someone_who_has_an_account_says_it_works_once_they_sign_in() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        String invitee = fixtures().asOperator(() -> accounts.createLocalAccount("known-" + TestFixtures.unique()
                + "@portal.test", "Known Person", TestFixtures.PASSWORD, false)).email();

        Dialog dialog = openInvite(page);
        test(inviteEmail(dialog)).setValue(invitee);
        mailOutbox.withoutMailServer(() -> test(inviteSend(dialog)).click());

        assertThat($(Paragraph.class, dialog).id("invite-explanation").getText()).isEqualTo("Aucun e-mail n’est parti : "
                + "copiez ce lien et transmettez-le vous-même à " + invitee + ", qui a déjà un compte. Le lien ajoutera "
                + invitee + " à la communauté après sa connexion avec ce compte ; il est valable 7 jours et ne sert "
                + "qu’une fois.");
        assertThat($(TextField.class, dialog).id("invite-link").getValue()).contains("/invitation/");
    }

    @Test
    void invalid_email_is_refused_in_the_dialog_and_kept_for_correction() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);

        Dialog dialog = openInvite(page);
        test(inviteEmail(dialog)).setValue("pas-une-adresse");
        test(inviteSend(dialog)).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(inviteEmail(dialog))).isEqualTo("Cette adresse e-mail n’est pas valide.");
        assertThat(inviteEmail(dialog).getValue()).isEqualTo("pas-une-adresse");
        assertThat(invitationGrid(page).size()).isZero();
    }

    @Test
    void invitation_without_any_role_is_refused_on_the_roles() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        String invitee = "invitee-" + TestFixtures.unique() + "@portal.test";

        Dialog dialog = openInvite(page);
        test(inviteEmail(dialog)).setValue(invitee);
        test(CheckboxGroupTester.class, inviteRoles(dialog)).deselectAll();
        test(inviteSend(dialog)).click();

        assertThat(errorOf(inviteRoles(dialog))).isEqualTo("Choisissez au moins un rôle.");
        assertThat(inviteEmail(dialog).getValue()).isEqualTo(invitee);
    }

    @Test
    void inviting_someone_already_in_the_community_is_refused_by_name() {
        CommunityView community = newCommunity("Members");
        signInAs(newMember(community, Role.ADMIN));
        AccountView member = newMember(community, Role.MEMBER);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);

        Dialog dialog = openInvite(page);
        test(inviteEmail(dialog)).setValue(member.email());
        test(inviteSend(dialog)).click();

        assertThat(errorOf(inviteEmail(dialog))).isEqualTo(member.email() + " est déjà membre de cette communauté.");
    }

    @Test
    void admin_changes_the_roles_of_a_member() {
        CommunityView community = newCommunity("Members");
        AccountView admin = newMember(community, Role.ADMIN);
        AccountView member = newMember(community, Role.MEMBER);
        signInAs(admin);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);

        test(actions(page, member.email(), 0)).click();
        Dialog dialog = $(Dialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Rôles de " + member.displayName());
        test(CheckboxGroupTester.class, $(CheckboxGroup.class, dialog).single()).selectItem("Expert");
        test($(Button.class).withText("Enregistrer").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Rôles de " + member.displayName() + " mis à jour.");
        assertThat(memberGrid(page).getCellText(memberRow(page, member.email()), 2))
                .isEqualTo("Membre (freelance), Expert");
        assertThat(as(admin, community, () -> members.list()).stream().filter(m -> m.userId().equals(member.id()))
                .findFirst().orElseThrow().roles()).isEqualTo(EnumSet.of(Role.MEMBER, Role.EXPERT));
    }

    @Test
    void last_admin_cannot_give_up_the_admin_role() {
        CommunityView community = newCommunity("Members");
        AccountView admin = newMember(community, Role.ADMIN);
        signInAs(admin);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);

        test(actions(page, admin.email(), 0)).click();
        Dialog dialog = $(Dialog.class).single();
        CheckboxGroup<?> roles = $(CheckboxGroup.class, dialog).single();
        test(CheckboxGroupTester.class, roles).selectItem("Membre (freelance)");
        test(CheckboxGroupTester.class, roles).deselectItem("Administrateur");
        test($(Button.class).withText("Enregistrer").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(errorOf(roles)).isEqualTo("La communauté doit garder au moins un administrateur.");
        assertThat(memberGrid(page).getCellText(memberRow(page, admin.email()), 2)).isEqualTo("Administrateur");
    }

    @Test
    void admin_removes_a_member_who_then_cannot_enter_the_community() {
        CommunityView community = newCommunity("Members");
        AccountView admin = newMember(community, Role.ADMIN);
        AccountView member = newMember(community, Role.MEMBER);
        signInAs(admin);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);

        test(actions(page, member.email(), 1)).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Retirer ce membre ?");
        assertThat(test(confirm).getText()).startsWith(member.displayName() + " (" + member.email() + ") perdra l’accès");
        test(confirm).confirm();

        assertThat(notificationTexts()).contains(member.displayName() + " a été retiré de la communauté.");
        assertThat(memberRow(page, member.email())).isNegative();
        signInAs(member);
        assertRefused("c/" + community.slug());
    }

    @Test
    void last_admin_cannot_be_removed() {
        CommunityView community = newCommunity("Members");
        AccountView admin = newMember(community, Role.ADMIN);
        signInAs(admin);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);

        test(actions(page, admin.email(), 1)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(notificationTexts()).contains("La communauté doit garder au moins un administrateur.");
        assertThat(memberRow(page, admin.email())).isNotNegative();
    }

    @Test
    void admin_revokes_a_pending_invitation() {
        CommunityView community = newCommunity("Members");
        AccountView admin = newMember(community, Role.ADMIN);
        String invitee = "invitee-" + TestFixtures.unique() + "@portal.test";
        as(admin, community, () -> invitations.invite(invitee, EnumSet.of(Role.MEMBER)));
        signInAs(admin);
        MembersView page = open("c/" + community.slug() + "/members", MembersView.class);
        assertThat(invitationGrid(page).getCellText(0, 0)).isEqualTo(invitee);

        test((Button) invitationGrid(page).getCellComponent(0, 5)).click();

        assertThat(notificationTexts())
                .contains("L’invitation de " + invitee + " est révoquée : son lien ne fonctionne plus.");
        assertThat(invitationGrid(page).size()).isZero();
        assertThat($(Grid.class, page).id("invitation-grid").getEmptyStateText()).isEqualTo("Aucune invitation en attente.");
    }

    private Dialog openInvite(MembersView page) {
        test($(Button.class, page).id("invite")).click();
        return $(Dialog.class).id("invite-dialog");
    }

    private EmailField inviteEmail(Dialog dialog) {
        return $(EmailField.class, dialog).id("invite-email");
    }

    private CheckboxGroup<?> inviteRoles(Dialog dialog) {
        return $(CheckboxGroup.class, dialog).id("invite-roles");
    }

    private Button inviteSend(Dialog dialog) {
        return (Button) dialog.getFooter().getElement().getChildren()
                .map(e -> e.getComponent().orElseThrow()).filter(c -> c.getId().orElse("").equals("invite-send"))
                .findFirst().orElseThrow();
    }

    /** The action buttons of a member's row: 0 changes the roles, 1 removes. */
    private Button actions(MembersView page, String email, int button) {
        HorizontalLayout actions = (HorizontalLayout) memberGrid(page).getCellComponent(memberRow(page, email), 5);
        return (Button) actions.getComponentAt(button);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<MemberView>, MemberView> memberGrid(MembersView page) {
        return test(GridTester.class, $(Grid.class, page).id("member-grid"));
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<PendingInvitation>, PendingInvitation> invitationGrid(MembersView page) {
        return test(GridTester.class, $(Grid.class, page).id("invitation-grid"));
    }

    private int memberRow(MembersView page, String email) {
        GridTester<Grid<MemberView>, MemberView> grid = memberGrid(page);
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).email().equals(email)).findFirst().orElse(-1);
    }
}
