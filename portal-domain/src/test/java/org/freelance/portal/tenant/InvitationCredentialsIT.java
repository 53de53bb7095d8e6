package org.freelance.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.OneTimeCodes;
import org.freelance.portal.identity.SystemPrincipal;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may give an invited account its first password. No SMTP server here: every invitation link is
 * shown to the admin who created it, so that admin must never be able to use it to set the invitee's
 * password (in their own community or through an invitation of another one).
 */
@DomainIntegrationTest
class InvitationCredentialsIT {

    @Autowired TestFixtures fixtures;
    @Autowired InvitationService invitations;
    @Autowired MemberService members;
    @Autowired AccountService accounts;
    @Autowired CommunityService communities;
    @Autowired OneTimeCodes oneTimeCodes;
    @Autowired AuditService audit;
    @Autowired PasswordEncoder passwordEncoder;

    @Test
    void admin_shown_the_link_cannot_set_the_password_of_the_newcomer() {
        CommunityView community = fixtures.community("Shown");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        String newcomer = "newcomer-" + TestFixtures.unique() + "@portal.test";
        InvitationIssued issued = fixtures.as(admin, community, () -> invitations.invite(newcomer, EnumSet.of(Role.MEMBER)));
        assertThat(issued.mailed()).isFalse();

        assertThatThrownBy(() -> invitations.acceptWithNewPassword(token(issued), "Admin Malin", "l-admin-le-choisit"))
                .isInstanceOf(PortalException.class).extracting("messageKey")
                .isEqualTo("error.invitation.not-mailed");

        assertThat(accounts.findForSignIn(newcomer).orElseThrow().passwordHash()).isNull();
        assertThat(invitations.describe(token(issued)).status()).isEqualTo(InvitationDetails.Status.PENDING);
        assertThat(fixtures.as(admin, community, () -> members.list())).extracting(MemberView::email)
                .doesNotContain(newcomer);
    }

    @Test
    void admin_of_another_community_cannot_set_the_password_of_someone_invited_elsewhere() {
        CommunityView first = fixtures.community("Elsewhere");
        CommunityView other = fixtures.community("Prowler");
        AccountView firstAdmin = fixtures.member(first, Role.ADMIN);
        AccountView otherAdmin = fixtures.member(other, Role.ADMIN);
        String invitee = "invitee-" + TestFixtures.unique() + "@portal.test";
        InvitationIssued genuine = fixtures.as(firstAdmin, first, () -> invitations.invite(invitee, EnumSet.of(Role.EXPERT)));

        InvitationIssued prowler = fixtures.as(otherAdmin, other, () -> invitations.invite(invitee, EnumSet.of(Role.MEMBER)));

        assertThatThrownBy(() -> invitations.acceptWithNewPassword(token(prowler), "Voisin", "je-prends-ce-compte"))
                .isInstanceOf(PortalException.class).extracting("messageKey")
                .isEqualTo("error.invitation.not-mailed");
        assertThat(accounts.findForSignIn(invitee).orElseThrow().passwordHash()).isNull();
        assertThat(invitations.describe(token(genuine)).status()).isEqualTo(InvitationDetails.Status.PENDING);
        assertThat(invitations.describe(token(genuine)).accountHasCredentials()).isFalse();
    }

    @Test
    void shown_link_adds_the_membership_to_the_invitee_signed_in_with_that_email() {
        CommunityView home = fixtures.community("Home");
        CommunityView joined = fixtures.community("Joined");
        AccountView admin = fixtures.member(joined, Role.ADMIN);
        AccountView invitee = fixtures.member(home, Role.MEMBER);
        InvitationIssued issued = fixtures.as(admin, joined, () -> invitations.invite(invitee.email(), EnumSet.of(Role.EXPERT)));
        assertThat(invitations.describe(token(issued)).accountHasCredentials()).isTrue();

        String slug = fixtures.as(invitee, joined, () -> invitations.acceptAsCurrentUser(token(issued)));

        assertThat(slug).isEqualTo(joined.slug());
        assertThat(fixtures.as(invitee, joined, () -> members.me().roles())).containsExactly(Role.EXPERT);
    }

    @Test
    void operator_creates_the_first_admins_account_with_a_code_shown_once_and_audited() {
        String slug = "bootstrap-" + TestFixtures.unique();
        String founder = "founder-" + TestFixtures.unique() + "@portal.test";
        CreatedCommunity created = fixtures.asOperator(() -> communities.create(new NewCommunity("Bootstrap " + slug,
                slug, null, "fr", null, null, founder)));
        InvitationIssued issued = created.firstAdminInvitation().orElseThrow();
        assertThat(issued.mailed()).isFalse();
        assertThat(issued.inviteeCanSignIn()).isFalse();

        InviteeAccount account = fixtures.asOperator(() -> communities.createFirstAdminAccount(slug, issued.invitationId()));

        assertThat(account.email()).isEqualTo(founder);
        assertThat(account.oneTimeCode()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        String hash = accounts.findForSignIn(founder).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(account.oneTimeCode(), hash)).isTrue();
        assertThat(hash).doesNotContain(account.oneTimeCode());
        assertThatThrownBy(() -> fixtures.asOperator(() -> communities.createFirstAdminAccount(slug, issued.invitationId())))
                .isInstanceOf(PortalException.class).extracting("messageKey")
                .isEqualTo("error.invitation.account-exists");

        AccountView admin = accounts.find(accounts.findForSignIn(founder).orElseThrow().id()).orElseThrow();
        CommunityView community = created.community();
        assertThat(fixtures.as(admin, community, () -> invitations.acceptAsCurrentUser(token(issued)))).isEqualTo(slug);
        SystemPrincipal.callAs(admin, () -> oneTimeCodes.replace("Fondatrice", "ma-phrase-a-moi"));
        var trail = fixtures.as(admin, community, () -> audit.search(founder, 0, 20)).entries();
        assertThat(trail).filteredOn(e -> e.type() == AuditEventType.ACCOUNT_CREATED_WITH_CODE).singleElement()
                .satisfies(e -> {
                    assertThat(e.details()).isEqualTo(InvitationService.ONE_TIME_CODE_SHOWN);
                    assertThat(e.actorEmail()).isEqualTo(fixtures.operator().email());
                    assertThat(e.details()).doesNotContain(account.oneTimeCode());
                });
    }

    @Test
    void a_one_time_code_must_be_replaced_and_cannot_be_kept() {
        String slug = "code-" + TestFixtures.unique();
        String founder = "founder-" + TestFixtures.unique() + "@portal.test";
        InvitationIssued issued = fixtures.asOperator(() -> communities.create(new NewCommunity("Code " + slug, slug,
                null, "fr", null, null, founder))).firstAdminInvitation().orElseThrow();
        InviteeAccount account = fixtures.asOperator(() -> communities.createFirstAdminAccount(slug, issued.invitationId()));
        AccountView person = accounts.find(accounts.findForSignIn(founder).orElseThrow().id()).orElseThrow();
        assertThat(SystemPrincipal.callAs(person, oneTimeCodes::isChangeRequired)).isTrue();

        assertThatThrownBy(() -> SystemPrincipal.callAs(person, () -> oneTimeCodes.replace("Fondatrice",
                account.oneTimeCode()))).isInstanceOf(PortalException.class).extracting("messageKey")
                .isEqualTo("error.password.same-as-code");

        AccountView replaced = SystemPrincipal.callAs(person, () -> oneTimeCodes.replace("Fondatrice", "ma-phrase-a-moi"));

        assertThat(replaced.displayName()).isEqualTo("Fondatrice");
        assertThat(SystemPrincipal.callAs(person, oneTimeCodes::isChangeRequired)).isFalse();
        String hash = accounts.findForSignIn(founder).orElseThrow().passwordHash();
        assertThat(passwordEncoder.matches(account.oneTimeCode(), hash)).isFalse();
        assertThat(passwordEncoder.matches("ma-phrase-a-moi", hash)).isTrue();
        assertThatThrownBy(() -> SystemPrincipal.callAs(person, () -> oneTimeCodes.replace("Fondatrice", "encore-une-autre")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void community_services_refuse_a_member_who_still_signs_in_with_a_one_time_code() {
        String slug = "pending-code-" + TestFixtures.unique();
        String founder = "founder-" + TestFixtures.unique() + "@portal.test";
        CreatedCommunity created = fixtures.asOperator(() -> communities.create(new NewCommunity("Pending " + slug,
                slug, null, "fr", null, null, founder)));
        InvitationIssued issued = created.firstAdminInvitation().orElseThrow();
        fixtures.asOperator(() -> communities.createFirstAdminAccount(slug, issued.invitationId()));
        AccountView person = accounts.find(accounts.findForSignIn(founder).orElseThrow().id()).orElseThrow();
        fixtures.as(person, created.community(), () -> invitations.acceptAsCurrentUser(token(issued)));

        assertThatThrownBy(() -> fixtures.as(person, created.community(), () -> members.list()))
                .isInstanceOf(AccessDeniedException.class);

        SystemPrincipal.callAs(person, () -> oneTimeCodes.replace("Fondatrice", "ma-phrase-a-moi"));
        assertThat(fixtures.as(person, created.community(), () -> members.list())).extracting(MemberView::email)
                .containsExactly(founder);
    }

    @Test
    void nobody_but_the_inviting_operator_creates_an_account_with_a_code() {
        CommunityView community = fixtures.community("NoCode");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        String newcomer = "newcomer-" + TestFixtures.unique() + "@portal.test";
        InvitationIssued issued = fixtures.as(admin, community, () -> invitations.invite(newcomer, EnumSet.of(Role.MEMBER)));

        assertThatThrownBy(() -> fixtures.as(admin, community, () -> invitations.createAccountWithOneTimeCode(issued.invitationId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(admin, community, () -> oneTimeCodes.issue(accounts.findForSignIn(newcomer)
                .orElseThrow().id()))).isInstanceOf(AccessDeniedException.class);
        // an operator may not turn an admin's invitation into an account either: only their own
        assertThatThrownBy(() -> fixtures.asOperator(() -> communities.createFirstAdminAccount(community.slug(),
                issued.invitationId()))).isInstanceOf(NotFoundException.class);
        assertThat(accounts.findForSignIn(newcomer).orElseThrow().passwordHash()).isNull();
        assertThatThrownBy(() -> fixtures.as(admin, community, () -> communities.inviteAdmin(community.id(),
                "someone-" + TestFixtures.unique() + "@portal.test"))).isInstanceOf(AccessDeniedException.class);
        fixtures.asOperator(() -> communities.archive(community.id()));
        assertThatThrownBy(() -> fixtures.asOperator(() -> communities.inviteAdmin(community.id(),
                "someone-" + TestFixtures.unique() + "@portal.test"))).isInstanceOf(NotFoundException.class);
    }

    static String token(InvitationIssued issued) {
        return issued.link().substring(issued.link().lastIndexOf('/') + 1);
    }
}
