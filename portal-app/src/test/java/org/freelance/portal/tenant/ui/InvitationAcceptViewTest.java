package org.freelance.portal.tenant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.shell.DashboardView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.MyCommunity;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InvitationAcceptViewTest extends ViewTestSupport {

    @Autowired
    InvitationService invitations;
    @Autowired
    CommunityService communities;

    @Test
    void signed_in_invitee_is_taken_straight_into_the_community() {
        CommunityView community = newCommunity("Accept");
        AccountView invitee = fixtures().person("invitee");
        String link = invite(community, invitee.email(), Role.MEDIATOR);
        signInAs(invitee);

        DashboardView dashboard = open(link + "/accept", DashboardView.class);

        assertThat(textOf(dashboard)).contains("avec le rôle : Médiateur.");
    }

    @Test
    void member_of_one_community_joins_another_with_a_single_sign_in() {
        CommunityView home = newCommunity("Accept");
        CommunityView joined = newCommunity("Accept");
        AccountView member = newMember(home, Role.MEMBER);
        String link = invite(joined, member.email(), Role.EXPERT);
        signInAs(member);

        open(link + "/accept", DashboardView.class);

        assertThat(communities.myCommunities()).extracting(MyCommunity::slug)
                .containsExactlyInAnyOrder(home.slug(), joined.slug());
    }

    @Test
    void invitation_for_someone_else_is_refused_with_its_address() {
        CommunityView community = newCommunity("Accept");
        AccountView invitee = fixtures().person("invitee");
        String link = invite(community, invitee.email(), Role.MEMBER);
        signInAs(fixtures().person("intruder"));

        InvitationAcceptView page = open(link + "/accept", InvitationAcceptView.class);

        assertThat(error(page)).isEqualTo("Cette invitation est destinée à " + invitee.email()
                + " : connectez-vous avec ce compte.");
        assertThat(communities.enter(community.slug())).isEmpty();
    }

    @Test
    void used_invitation_is_refused() {
        CommunityView community = newCommunity("Accept");
        AccountView invitee = fixtures().person("invitee");
        String link = invite(community, invitee.email(), Role.MEMBER);
        signInAs(invitee);
        open(link + "/accept", DashboardView.class);

        InvitationAcceptView page = open(link + "/accept", InvitationAcceptView.class);

        assertThat(error(page)).isEqualTo("Cette invitation n’est plus valable (expirée, révoquée ou déjà utilisée).");
    }

    @Test
    void unknown_invitation_is_not_found() {
        signInAs(fixtures().person("invitee"));

        InvitationAcceptView page = open("invitation/not-a-real-token/accept", InvitationAcceptView.class);

        assertThat(error(page)).isEqualTo("Cette page n’existe pas, ou plus.");
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in_first() {
        String link = invite(newCommunity("Accept"), fixtures().person("invitee").email(), Role.MEMBER);

        open(link + "/accept", LoginView.class);
    }

    private String invite(CommunityView community, String email, Role role) {
        AccountView admin = newMember(community, Role.ADMIN);
        return InvitationViewTest.path(as(admin, community, () -> invitations.invite(email, EnumSet.of(role))),
                mailOutbox);
    }

    private String error(InvitationAcceptView page) {
        return $(Paragraph.class, page).id("invitation-error").getText();
    }
}
