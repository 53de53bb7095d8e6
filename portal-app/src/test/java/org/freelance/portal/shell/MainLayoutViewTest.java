package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.ProfileView;
import org.freelance.portal.notification.NotificationFixtures;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.ui.NotificationsView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.MyCommunity;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunitiesView;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The frame around every signed-in page (a layout, tested through the views it wraps). */
class MainLayoutViewTest extends ViewTestSupport {

    @Autowired
    CommunityService communities;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationFixtures notificationFixtures;
    @Autowired
    AccountService accounts;

    @Test
    void plain_member_sees_only_the_pages_a_member_may_use() {
        signInAs(ALICE_MEMBER);
        open("c/" + DEMO, DashboardView.class);

        assertThat(navLabels()).containsExactly("Tableau de bord", "Deuxième avis", "Dossiers",
                "Base de connaissances", "Notifications",
                "Mon profil");
        assertThat(navPaths()).containsExactly("c/demo", "c/demo/reviews", "c/demo/cases",
                "c/demo/knowledge", "c/demo/notifications",
                "profile");
    }

    @Test
    void community_admin_also_sees_members_and_audit_log() {
        signInAs(ADA_ADMIN);
        open("c/" + DEMO, DashboardView.class);

        assertThat(navLabels()).containsExactly("Tableau de bord", "Deuxième avis", "Dossiers",
                "Base de connaissances", "Notifications",
                "Membres", "Journal d’audit", "Mon profil");
    }

    @Test
    void admin_of_one_community_is_a_plain_member_in_the_other() {
        CommunityView administered = newCommunity("Nav");
        CommunityView other = newCommunity("Nav");
        AccountView person = newMember(administered, Role.ADMIN);
        asOperatorIn(other.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(Role.MEMBER)));
        signInAs(person);

        open("c/" + other.slug(), DashboardView.class);

        assertThat(navLabels()).doesNotContain("Membres", "Journal d’audit");
    }

    @Test
    void operator_sees_the_operator_page_and_nobody_else_does() {
        signInAs(OSCAR_OPERATOR);
        open("profile", ProfileView.class);
        assertThat(navLabels()).containsExactly("Mon profil", "Communautés (opérateur)");
        assertThat(navPaths()).contains(CommunitiesView.ROUTE);

        signInAs(ADA_ADMIN);
        open("c/" + DEMO, DashboardView.class);
        assertThat(navLabels()).doesNotContain("Communautés (opérateur)");
    }

    @Test
    void header_names_the_current_community_and_outside_one_the_portal() {
        signInAs(ALICE_MEMBER);
        open("c/" + DEMO, DashboardView.class);
        assertThat(headerTitle()).isEqualTo("Collectif Démo");

        open("profile", ProfileView.class);
        assertThat(headerTitle()).isEqualTo("Portail Freelance Entraide");
        assertThat(navLabels()).containsExactly("Collectif Démo", "Mon profil");
    }

    @Test
    void community_switcher_lists_my_communities_and_moves_to_the_chosen_one() {
        CommunityView first = newCommunity("Switch");
        CommunityView second = newCommunity("Switch");
        AccountView person = newMember(first, Role.MEMBER);
        asOperatorIn(second.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(Role.EXPERT)));
        signInAs(person);
        open("c/" + first.slug(), DashboardView.class);

        Select<MyCommunity> switcher = switcher();
        assertThat(switcher.isVisible()).isTrue();
        assertThat(switcher.getValue().slug()).isEqualTo(first.slug());
        // the switcher lists communities by name; the random suffixes decide which comes first
        assertThat(test(switcher).getSuggestions()).containsExactlyInAnyOrder(first.name(), second.name());

        test(switcher).selectItem(second.name());

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(headerTitle()).isEqualTo(second.name());
        assertThat(switcher().getValue().slug()).isEqualTo(second.slug());
        assertThat(textOf((Component) getCurrentView())).contains("avec le rôle : Expert.");
    }

    @Test
    void archived_communities_are_not_offered_in_the_switcher() {
        CommunityView kept = newCommunity("Switch");
        CommunityView archived = newCommunity("Switch");
        AccountView person = newMember(kept, Role.MEMBER);
        asOperatorIn(archived.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(Role.MEMBER)));
        fixtures().asOperator(() -> communities.archive(archived.id()));
        signInAs(person);

        open("c/" + kept.slug(), DashboardView.class);

        assertThat(test(switcher()).getSuggestions()).containsExactly(kept.name());
    }

    @Test
    void person_without_community_gets_no_switcher() {
        signInAs(fixtures().person("lonely"));

        open("profile", ProfileView.class);

        assertThat($(Select.class, layout()).withId("community-switcher").exists()).isFalse();
    }

    @Test
    void user_menu_shows_the_signed_in_person_and_offers_profile_language_and_sign_out() {
        signInAs(ALICE_MEMBER);
        open("c/" + DEMO, DashboardView.class);

        assertThat(userMenuName()).isEqualTo("Alice Martin");
        var entries = userMenu().getItems().getFirst().getSubMenu().getItems();
        assertThat(entries).extracting(MenuItem::getText).containsExactly("Mon profil", "Langue", "Se déconnecter");
        assertThat(entries.get(1).getSubMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("Français", "English");
        menu().clickItem(0, 0);
        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
        assertThat(menu().isItemChecked(0, 1, 0)).isTrue();
        assertThat(menu().isItemChecked(0, 1, 1)).isFalse();
    }

    @Test
    void user_menu_shows_the_new_name_after_a_profile_change() {
        CommunityView community = newCommunity("Menu");
        AccountView person = newMember(community, Role.MEMBER);
        signInAs(person);
        open("c/" + community.slug(), DashboardView.class);
        assertThat(userMenuName()).isEqualTo(person.displayName());

        ProfileView profile = open("profile", ProfileView.class);
        test($(com.vaadin.flow.component.textfield.TextField.class, profile).id("profile-name")).setValue("Renamed Person");
        test($(com.vaadin.flow.component.button.Button.class, profile).id("profile-save")).click();
        open("c/" + community.slug(), DashboardView.class);

        assertThat(userMenuName()).isEqualTo("Renamed Person");
    }

    @Test
    void language_chosen_in_the_user_menu_is_remembered_in_the_profile() {
        CommunityView community = newCommunity("Menu");
        AccountView person = newMember(community, Role.MEMBER);
        signInAs(person);
        open("c/" + community.slug(), DashboardView.class);

        menu().clickItem(0, 1, 1);

        assertThat(accounts.find(person.id()).orElseThrow().language()).isEqualTo("en");
        signInAs(person);
        open("c/" + community.slug(), DashboardView.class);
        assertThat(navLabels()).startsWith("Dashboard");
    }

    @Test
    void side_menu_offers_language_and_sign_out_for_phones_where_the_header_has_no_room() {
        CommunityView community = newCommunity("Drawer");
        AccountView person = newMember(community, Role.MEMBER);
        signInAs(person);
        open("c/" + community.slug(), DashboardView.class);

        com.vaadin.flow.component.html.Div account = $(com.vaadin.flow.component.html.Div.class, layout())
                .id("drawer-account");
        assertThat(textOf(account)).contains("Mon compte", "Français", "English", "Se déconnecter");
        var french = $(com.vaadin.flow.component.button.Button.class, account).id("drawer-language-fr");
        assertThat(french.isEnabled()).as("the current language is not offered again").isFalse();

        test($(com.vaadin.flow.component.button.Button.class, account).id("drawer-language-en")).click();

        assertThat(accounts.find(person.id()).orElseThrow().language()).isEqualTo("en");
    }

    @Test
    void switcher_shows_how_many_notifications_wait_in_each_community() {
        CommunityView quiet = newCommunity("Quiet");
        CommunityView busy = newCommunity("Busy");
        AccountView person = newMember(quiet, Role.MEMBER);
        asOperatorIn(busy.slug(), () -> communities.addMemberDirectly(person.id(), java.util.EnumSet.of(Role.MEMBER)));
        notificationFixtures.store(busy.slug(), person.id(), "review.taken", List.of("Éric", "Contrat A"), null);
        notificationFixtures.store(busy.slug(), person.id(), "review.taken", List.of("Éric", "Contrat B"), null);
        signInAs(person);
        open("c/" + quiet.slug(), DashboardView.class);

        var renderer = switcher().getItemRenderer();
        MyCommunity busyItem = switcher().getListDataView().getItems().filter(c -> c.slug().equals(busy.slug()))
                .findFirst().orElseThrow();
        MyCommunity quietItem = switcher().getListDataView().getItems().filter(c -> c.slug().equals(quiet.slug()))
                .findFirst().orElseThrow();
        Component busyLine = renderer.createComponent(busyItem);
        assertThat(textOf(busyLine)).contains(busy.name(), "2");
        assertThat($(Span.class, busyLine).withClassName("portal-count").single().getElement()
                .getAttribute("aria-label")).isEqualTo("2 notifications non lues");
        assertThat(textOf(renderer.createComponent(quietItem))).isEqualTo(quiet.name());
    }

    @Test
    void unread_notifications_are_counted_in_the_side_navigation() {
        CommunityView community = newCommunity("Badge");
        AccountView person = newMember(community, Role.MEMBER);
        notificationFixtures.store(community.slug(), person.id(), "review.taken", List.of("Éric", "Contrat A"), null);
        notificationFixtures.store(community.slug(), person.id(), "review.taken", List.of("Éric", "Contrat B"), null);
        signInAs(person);

        open("c/" + community.slug(), DashboardView.class);

        Span badge = badge().orElseThrow();
        assertThat(badge.getText()).isEqualTo("2");
        assertThat(badge.getElement().getAttribute("aria-label")).isEqualTo("2 non lues");

        Long first = as(person, community, () -> notifications.mine(10).getFirst().id());
        as(person, community, () -> {
            notifications.markRead(first);
            return null;
        });
        open("c/" + community.slug() + "/" + NotificationsView.PAGE, NotificationsView.class);
        assertThat(badge().orElseThrow().getText()).isEqualTo("1");
    }

    @Test
    void no_badge_when_everything_is_read() {
        CommunityView community = newCommunity("Badge");
        signInAs(newMember(community, Role.MEMBER));

        open("c/" + community.slug(), DashboardView.class);

        assertThat(badge()).isEmpty();
    }

    @Test
    void refused_page_shows_no_navigation_of_the_refused_community() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/" + DEMO + "/members");

        assertThat(navPaths()).noneMatch(p -> p.startsWith("c/demo"));
        assertThat(headerTitle()).isEqualTo("Portail Freelance Entraide");
    }

    private MainLayout layout() {
        return $(MainLayout.class).single();
    }

    private List<SideNavItem> navItems() {
        return $(SideNav.class, layout()).id("side-nav").getItems();
    }

    private List<String> navLabels() {
        return navItems().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> navPaths() {
        return navItems().stream().map(SideNavItem::getPath).toList();
    }

    private Optional<Span> badge() {
        return navItems().stream().filter(i -> "Notifications".equals(i.getLabel()))
                .map(SideNavItem::getSuffixComponent).filter(Span.class::isInstance).map(Span.class::cast).findFirst();
    }

    @SuppressWarnings("unchecked")
    private Select<MyCommunity> switcher() {
        return $(Select.class, layout()).id("community-switcher");
    }

    private MenuBar userMenu() {
        return $(MenuBar.class, layout()).id("user-menu");
    }

    @SuppressWarnings("unchecked")
    private MenuBarTester<MenuBar> menu() {
        return test(MenuBarTester.class, userMenu());
    }

    private String userMenuName() {
        return textOf(userMenu().getItems().getFirst());
    }

    private String headerTitle() {
        return $(Span.class, layout()).withClassName("portal-community-title").single().getText();
    }
}
