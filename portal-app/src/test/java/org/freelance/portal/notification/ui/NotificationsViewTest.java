package org.freelance.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.EnumSet;
import java.util.List;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.shell.DashboardView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends ViewTestSupport {

    @Autowired
    NotificationService notifications;
    @Autowired
    CommunityService communities;

    @Test
    void member_without_notifications_is_told_so_in_french() {
        CommunityView community = newCommunity("Notif");
        signInAs(newMember(community, Role.MEMBER));

        NotificationsView page = open(page(community), NotificationsView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Notifications");
        assertThat(textOf(page)).contains("Aucune notification pour l’instant.");
        assertThat(page.getPageTitle()).isEqualTo("Notifications");
    }

    @Test
    void notifications_are_listed_newest_first_translated_with_their_verdict() {
        CommunityView community = newCommunity("Notif");
        AccountView member = newMember(community, Role.MEMBER);
        notify(member, community, "review.shared", List.of("Alice Martin", "Mission ITSM"));
        notify(member, community, "review.verdict", List.of("Éric Durand", "Mission ITSM", "NEGOTIATE"));
        signInAs(member);

        NotificationsView page = open(page(community), NotificationsView.class);

        assertThat(lines(page)).containsExactly(
                "Éric Durand a donné son avis sur « Mission ITSM » : Négocier.",
                "Alice Martin demande votre deuxième avis sur « Mission ITSM ».");
        assertThat($(Div.class, page).withClassName("portal-unread").all()).hasSize(2);
    }

    @Test
    void opening_a_notification_marks_it_read_and_follows_its_link() {
        CommunityView community = newCommunity("Notif");
        AccountView member = newMember(community, Role.MEMBER);
        notify(member, community, "review.taken", List.of("Éric Durand", "Mission ITSM"));
        signInAs(member);
        NotificationsView page = open(page(community), NotificationsView.class);

        test($(Button.class, page).withText("Éric Durand relit votre contrat « Mission ITSM ».").single()).click();

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(notifications.unreadCount()).isZero();
        NotificationsView again = open(page(community), NotificationsView.class);
        assertThat($(Div.class, again).withClassName("portal-unread").exists()).isFalse();
    }

    @Test
    void nobody_sees_the_notifications_of_another_member() {
        CommunityView community = newCommunity("Notif");
        AccountView addressee = newMember(community, Role.MEMBER);
        notify(addressee, community, "review.taken", List.of("Éric Durand", "Contrat privé"));
        signInAs(newMember(community, Role.MEMBER));

        NotificationsView page = open(page(community), NotificationsView.class);

        assertThat(textOf(page)).contains("Aucune notification pour l’instant.").doesNotContain("Contrat privé");
    }

    @Test
    void notifications_of_my_other_community_stay_there() {
        CommunityView first = newCommunity("Notif");
        CommunityView second = newCommunity("Notif");
        AccountView member = newMember(first, Role.MEMBER);
        asOperatorIn(second.slug(), () -> communities.addMemberDirectly(member.id(), EnumSet.of(Role.MEMBER)));
        notify(member, first, "review.taken", List.of("Éric Durand", "Contrat de la première"));
        signInAs(member);

        NotificationsView page = open(page(second), NotificationsView.class);

        assertThat(textOf(page)).doesNotContain("Contrat de la première");
    }

    @Test
    void member_of_autre_cannot_open_the_notifications_of_demo() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/" + DEMO + "/" + NotificationsView.PAGE);
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("c/" + DEMO + "/" + NotificationsView.PAGE, LoginView.class);
    }

    private void notify(AccountView member, CommunityView community, String key, List<String> arguments) {
        as(member, community, () -> {
            notifications.notify(member.id(), key, arguments, "c/" + community.slug());
            return null;
        });
    }

    private List<String> lines(NotificationsView page) {
        return $(Button.class, page).all().stream().map(Button::getText).toList();
    }

    private static String page(CommunityView community) {
        return "c/" + community.slug() + "/" + NotificationsView.PAGE;
    }
}
