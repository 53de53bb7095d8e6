package org.freelance.portal.shell;

import java.util.EnumSet;
import java.util.List;
import org.freelance.portal.notification.NotificationFixtures;
import org.freelance.portal.tenant.ui.CommunitiesView;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HomeViewTest extends ViewTestSupport {

    @Autowired
    CommunityService communities;
    @Autowired
    NotificationFixtures notificationFixtures;

    @Test
    void anonymous_visitor_is_sent_to_the_login_page() {
        open("", LoginView.class);
    }

    @Test
    void member_lands_on_the_dashboard_of_their_community() {
        signInAs(ALICE_MEMBER);

        DashboardView dashboard = open("", DashboardView.class);

        assertThat(textOf(dashboard)).contains("Bonjour Alice Martin", "« Collectif Démo »");
    }

    @Test
    void person_without_any_community_is_told_how_to_join() {
        AccountView stranger = fixtures().person("stranger");
        signInAs(stranger);

        HomeView home = open("", HomeView.class);

        assertThat(textOf(home)).contains("Vous n’appartenez encore à aucune communauté",
                "demandez une invitation à son administrateur");
        assertThat(home.getPageTitle()).isEqualTo("Portail Freelance Entraide");
        assertThat($(Anchor.class, home).all()).isEmpty();
    }

    @Test
    void operator_without_community_lands_on_the_communities_page() {
        signInAs(OSCAR_OPERATOR);

        open("", CommunitiesView.class);
    }

    @Test
    void person_in_several_communities_lands_where_notifications_wait() {
        // the busy one comes last by name and by date joined: only the waiting work can choose it
        CommunityView quiet = newCommunity("Aquiet");
        CommunityView busy = newCommunity("Zbusy");
        AccountView person = newMember(quiet, Role.MEMBER);
        asOperatorIn(busy.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(Role.EXPERT)));
        notificationFixtures.store(busy.slug(), person.id(), "review.shared", List.of("Alice Martin", "Mission ITSM"),
                null);
        signInAs(person);

        DashboardView dashboard = open("", DashboardView.class);

        assertThat(textOf(dashboard)).contains("« " + busy.name() + " »");
    }

    @Test
    void person_without_waiting_work_lands_in_their_first_community() {
        CommunityView first = newCommunity("First");
        CommunityView second = newCommunity("Second");
        AccountView person = newMember(first, Role.MEMBER);
        asOperatorIn(second.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(Role.MEMBER)));
        signInAs(person);
        String expected = communities.myCommunities().get(0).name();

        DashboardView dashboard = open("", DashboardView.class);

        assertThat(textOf(dashboard)).contains("« " + expected + " »");
    }

    @Test
    void member_whose_only_community_is_archived_has_nowhere_to_land() {
        CommunityView community = newCommunity("Archived");
        AccountView member = newMember(community, Role.MEMBER);
        fixtures().asOperator(() -> communities.archive(community.id()));
        signInAs(member);

        HomeView home = open("", HomeView.class);

        assertThat(textOf(home)).contains("Vous n’appartenez encore à aucune communauté");
    }
}
