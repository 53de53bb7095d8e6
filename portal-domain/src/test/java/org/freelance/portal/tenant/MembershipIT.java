package org.freelance.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DomainIntegrationTest
class MembershipIT {

    @Autowired TestFixtures fixtures;
    @Autowired MemberService members;
    @Autowired InvitationService invitations;
    @Autowired AuditService audit;
    @Autowired CommunityService communities;

    @Test
    void admin_lists_members_and_changes_roles_with_an_audit_trail() {
        CommunityView community = fixtures.community("Roles");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        AccountView alice = fixtures.member(community, Role.MEMBER);

        var list = fixtures.as(admin, community, () -> members.list());
        assertThat(list).extracting(MemberView::email).containsExactlyInAnyOrder(admin.email(), alice.email());

        Long aliceMembership = list.stream().filter(m -> m.email().equals(alice.email())).findFirst().orElseThrow()
                .membershipId();
        MemberView changed = fixtures.as(admin, community,
                () -> members.changeRoles(aliceMembership, EnumSet.of(Role.MEMBER, Role.EXPERT)));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.EXPERT);

        var page = fixtures.as(admin, community, () -> audit.search(alice.email(), 0, 10));
        assertThat(page.entries()).extracting(AuditEntry::type).contains(AuditEventType.ROLES_CHANGED);
    }

    @Test
    void the_last_admin_keeps_the_admin_role() {
        CommunityView community = fixtures.community("Last");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        Long id = fixtures.as(admin, community, () -> members.me().membershipId());
        assertThatThrownBy(() -> fixtures.as(admin, community, () -> members.changeRoles(id, EnumSet.of(Role.MEMBER))))
                .isInstanceOf(PortalException.class).extracting("messageKey").isEqualTo("error.member.last-admin");
    }

    @Test
    void a_plain_member_cannot_list_members() {
        CommunityView community = fixtures.community("Plain");
        AccountView alice = fixtures.member(community, Role.MEMBER);
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> members.list()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void invitation_link_creates_the_membership_once() {
        CommunityView community = fixtures.community("Invite");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        AccountView invitee = fixtures.person("invitee");
        InvitationIssued issued = fixtures.as(admin, community,
                () -> invitations.invite(invitee.email(), EnumSet.of(Role.EXPERT)));
        assertThat(issued.mailed()).isFalse();
        assertThat(issued.inviteeCanSignIn()).isTrue();
        String token = issued.link().substring(issued.link().lastIndexOf('/') + 1);

        InvitationDetails details = invitations.describe(token);
        assertThat(details.communitySlug()).isEqualTo(community.slug());
        assertThat(details.status()).isEqualTo(InvitationDetails.Status.PENDING);
        assertThat(details.accountHasCredentials()).isTrue();
        assertThat(details.newcomerMayChoosePassword()).isFalse();

        assertThat(fixtures.as(invitee, community, () -> invitations.acceptAsCurrentUser(token)))
                .isEqualTo(community.slug());
        assertThat(invitations.describe(token).status()).isEqualTo(InvitationDetails.Status.USED);
        assertThatThrownBy(() -> fixtures.as(invitee, community, () -> invitations.acceptAsCurrentUser(token)))
                .isInstanceOf(PortalException.class);
        assertThat(fixtures.as(admin, community, () -> members.list())).extracting(MemberView::email)
                .contains(invitee.email());
    }
}
