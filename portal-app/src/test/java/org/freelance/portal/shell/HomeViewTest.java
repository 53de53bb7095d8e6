package org.freelance.portal.shell;

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
    void operator_without_community_is_offered_the_operator_page() {
        signInAs(OSCAR_OPERATOR);

        HomeView home = open("", HomeView.class);

        Anchor link = $(Anchor.class, home).single();
        assertThat(link.getText()).isEqualTo("Gérer les communautés de la plateforme");
        assertThat(link.getHref()).isEqualTo("operator/communities");
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
