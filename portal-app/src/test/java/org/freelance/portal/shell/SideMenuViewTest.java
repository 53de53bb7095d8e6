package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.EnumSet;
import java.util.List;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.ProfileView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The side menu per role in a community: the pages each role may open there, in the menu's order,
 * with their addresses; outside any community, the person's communities and their own pages.
 */
class SideMenuViewTest extends ViewTestSupport {

    @Autowired
    CommunityService communities;

    CommunityView community;
    String c;

    @BeforeEach
    void community() {
        community = newCommunity("Menu");
        c = "c/" + community.slug();
    }

    @Test
    void a_member_has_the_dashboard_reviews_cases_knowledge_notifications_and_profile() {
        assertThat(menuOf(newMember(community, Role.MEMBER))).containsExactly(
                "Tableau de bord → " + c,
                "Deuxième avis → " + c + "/reviews",
                "Dossiers → " + c + "/cases",
                "Base de connaissances → " + c + "/knowledge",
                "Notifications → " + c + "/notifications",
                "Mon profil → profile");
    }

    @Test
    void an_expert_also_has_the_case_queue() {
        assertThat(menuOf(newMember(community, Role.EXPERT))).containsExactly(
                "Tableau de bord → " + c,
                "Deuxième avis → " + c + "/reviews",
                "Dossiers → " + c + "/cases",
                "Base de connaissances → " + c + "/knowledge",
                "File des dossiers → " + c + "/cases/queue",
                "Notifications → " + c + "/notifications",
                "Mon profil → profile");
    }

    @Test
    void a_mediator_also_has_the_case_queue() {
        assertThat(menuOf(newMember(community, Role.MEDIATOR))).containsExactly(
                "Tableau de bord → " + c,
                "Deuxième avis → " + c + "/reviews",
                "Dossiers → " + c + "/cases",
                "Base de connaissances → " + c + "/knowledge",
                "File des dossiers → " + c + "/cases/queue",
                "Notifications → " + c + "/notifications",
                "Mon profil → profile");
    }

    @Test
    void an_admin_also_has_members_and_the_audit_log_but_not_the_case_queue() {
        assertThat(menuOf(newMember(community, Role.ADMIN))).containsExactly(
                "Tableau de bord → " + c,
                "Deuxième avis → " + c + "/reviews",
                "Dossiers → " + c + "/cases",
                "Base de connaissances → " + c + "/knowledge",
                "Notifications → " + c + "/notifications",
                "Membres → " + c + "/members",
                "Journal d’audit → " + c + "/audit",
                "Mon profil → profile");
    }

    @Test
    void an_expert_who_is_also_admin_has_both_roles_pages_once() {
        assertThat(menuOf(newMember(community, Role.EXPERT, Role.ADMIN))).containsExactly(
                "Tableau de bord → " + c,
                "Deuxième avis → " + c + "/reviews",
                "Dossiers → " + c + "/cases",
                "Base de connaissances → " + c + "/knowledge",
                "File des dossiers → " + c + "/cases/queue",
                "Notifications → " + c + "/notifications",
                "Membres → " + c + "/members",
                "Journal d’audit → " + c + "/audit",
                "Mon profil → profile");
    }

    @Test
    void an_operator_who_is_a_member_also_has_the_operator_page() {
        AccountView operator = fixtures().operator();
        asOperatorIn(community.slug(), () -> communities.addMemberDirectly(operator.id(), EnumSet.of(Role.MEMBER)));
        assertThat(menuOf(operator)).containsExactly(
                "Tableau de bord → " + c,
                "Deuxième avis → " + c + "/reviews",
                "Dossiers → " + c + "/cases",
                "Base de connaissances → " + c + "/knowledge",
                "Notifications → " + c + "/notifications",
                "Mon profil → profile",
                "Communautés (opérateur) → operator/communities");
    }

    @Test
    void outside_a_community_the_menu_lists_the_persons_communities_and_their_own_pages() {
        signInAs(newMember(community, Role.ADMIN));
        open("profile", ProfileView.class);

        assertThat(menu()).containsExactly(community.name() + " → " + c, "Mon profil → profile");
    }

    /** The menu this person sees on the community's dashboard, as "label → address". */
    private List<String> menuOf(AccountView person) {
        signInAs(person);
        open(c, DashboardView.class);
        return menu();
    }

    private List<String> menu() {
        List<SideNavItem> items = $(SideNav.class, $(MainLayout.class).single()).id("side-nav").getItems();
        return items.stream().map(i -> i.getLabel() + " → " + i.getPath()).toList();
    }
}
