package org.freelance.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.notification.NotificationFixtures;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ui.ReviewDetailView;
import org.freelance.portal.shell.DashboardView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NotificationsViewTest extends ViewTestSupport {

    /** Long enough to be read as a contract (the pre-review wants 200 letters). */
    private static final String CONTRACT = """
            CONTRAT DE PRESTATION DE SERVICES
            Article 1 – Objet
            Le Prestataire réalise pour le Client une mission d'expertise ServiceNow auprès du client final.
            Article 2 – Paiement
            Les factures sont payables à 90 jours fin de mois, après réception du règlement du client final.
            Article 3 – Résiliation
            Le Client peut résilier le contrat à tout moment, sans motif, moyennant un préavis de 8 jours.
            """;

    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationFixtures notificationFixtures;
    @Autowired
    CommunityService communities;
    @Autowired
    AccountService accounts;
    @Autowired
    ReviewService reviews;

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

    @Test
    void only_the_unread_notifications_are_marked_and_each_shows_when_it_came() {
        CommunityView community = newCommunity("Notif");
        AccountView member = newMember(community, Role.MEMBER);
        notify(member, community, "review.shared", List.of("Alice Martin", "Premier contrat"));
        notify(member, community, "review.shared", List.of("Alice Martin", "Deuxième contrat"));
        notify(member, community, "review.shared", List.of("Alice Martin", "Troisième contrat"));
        Long second = as(member, community, () -> notifications.mine(10)).get(1).id();
        as(member, community, () -> {
            notifications.markRead(second);
            return null;
        });
        signInAs(member);

        NotificationsView page = open(page(community), NotificationsView.class);

        assertThat($(Div.class, page).withClassName("portal-unread").all()).extracting(NotificationsViewTest::textOf)
                .hasSize(2).noneMatch(line -> line.contains("Deuxième contrat"));
        Div read = $(Div.class, page).withClassName("portal-finding").withoutClassName("portal-unread").single();
        assertThat(textOf(read)).contains("Alice Martin demande votre deuxième avis sur « Deuxième contrat ».");
        assertThat($(Paragraph.class, read).single().getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    }

    @Test
    void a_review_notification_opens_the_request_it_is_about() {
        CommunityView community = newCommunity("Notif");
        AccountView alice = named(newMember(community, Role.MEMBER), community, "Alice Requérante");
        AccountView eric = named(newMember(community, Role.EXPERT), community, "Éric Expert");
        Long request = as(alice, community, () -> {
            Long id = reviews.create(new MissionContext("Mission ITSM", "Alpha Conseil", null, Pricing.DAILY_RATE,
                    null, null, null, null), ContractInput.paste(CONTRACT));
            reviews.share(id, ShareMode.ALL_EXPERTS, Set.of());
            return id;
        });
        as(eric, community, () -> {
            reviews.take(request);
            return null;
        });
        signInAs(alice);
        NotificationsView page = open(page(community), NotificationsView.class);

        test($(Button.class, page).withText("Éric Expert relit votre contrat « Mission ITSM ».").single()).click();

        ReviewDetailView detail = (ReviewDetailView) getCurrentView();
        assertThat(detail.getPageTitle()).isEqualTo("Mission ITSM");
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void a_new_version_is_announced_to_the_expert_with_its_number() {
        CommunityView community = newCommunity("Notif");
        AccountView member = newMember(community, Role.EXPERT);
        notify(member, community, "review.new-version", List.of("Mission ITSM", "2"));
        signInAs(member);

        NotificationsView page = open(page(community), NotificationsView.class);

        assertThat(lines(page)).containsExactly("Nouvelle version 2 du contrat « Mission ITSM ».");
    }

    @Test
    void english_reader_gets_the_notification_and_the_verdict_in_english() {
        CommunityView community = newCommunity("Notif");
        AccountView member = newMember(community, Role.MEMBER);
        as(member, community, () -> accounts.updateProfile("Alice Martin", "en"));
        notify(member, community, "review.verdict", List.of("Éric Durand", "Mission ITSM", "WALK_AWAY"));
        signInAs(member);

        NotificationsView page = open(page(community), NotificationsView.class);

        assertThat(lines(page)).containsExactly("Éric Durand gave an opinion on “Mission ITSM”: Walk away.");
        assertThat(page.getPageTitle()).isEqualTo("Notifications");
    }

    @Test
    void a_status_change_says_which_status_the_case_moved_to_in_the_readers_language() {
        CommunityView community = newCommunity("Notif");
        AccountView member = newMember(community, Role.MEMBER);
        notify(member, community, "case.status", List.of("Impayé Alpha", "IN_MEDIATION"));
        signInAs(member);

        assertThat(lines(open(page(community), NotificationsView.class)))
                .containsExactly("Le dossier « Impayé Alpha » passe au statut « En médiation ».");

        as(member, community, () -> accounts.updateProfile("Alice Martin", "en"));
        signInAs(member);
        assertThat(lines(open(page(community), NotificationsView.class)))
                .containsExactly("The case “Impayé Alpha” moved to the status “In mediation”.");
    }

    @Test
    void marking_all_read_empties_the_unread_list_of_this_community_only() {
        CommunityView first = newCommunity("Notif");
        CommunityView second = newCommunity("Notif");
        AccountView member = newMember(first, Role.MEMBER);
        asOperatorIn(second.slug(), () -> communities.addMemberDirectly(member.id(), EnumSet.of(Role.MEMBER)));
        notify(member, first, "review.shared", List.of("Alice Martin", "Premier contrat"));
        notify(member, first, "review.shared", List.of("Alice Martin", "Deuxième contrat"));
        notify(member, second, "review.shared", List.of("Alice Martin", "Contrat de la seconde"));
        signInAs(member);
        NotificationsView page = open(page(first), NotificationsView.class);

        test($(Button.class, page).id("notifications-mark-all")).click();

        NotificationsView again = (NotificationsView) getCurrentView();
        assertThat($(Div.class, again).withClassName("portal-unread").exists()).isFalse();
        assertThat($(Button.class, again).id("notifications-mark-all").isEnabled()).isFalse();
        assertThat(notificationTexts()).contains("2 notifications marquées comme lues.");
        assertThat(as(member, second, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(as(member, first, () -> notifications.unreadPerCommunity(Set.of(first.slug(), second.slug()))))
                .isEqualTo(java.util.Map.of(second.slug(), 1L));
    }

    private AccountView named(AccountView person, CommunityView community, String name) {
        return as(person, community, () -> accounts.updateProfile(name, null));
    }

    /** A notification about nothing in particular: opening it leads to the community's home. */
    private void notify(AccountView member, CommunityView community, String key, List<String> arguments) {
        notificationFixtures.store(community.slug(), member.id(), key, arguments, null);
    }

    private List<String> lines(NotificationsView page) {
        return $(Div.class, page).withClassName("portal-finding").all().stream()
                .map(line -> $(Button.class, line).single().getText()).toList();
    }

    private static String page(CommunityView community) {
        return "c/" + community.slug() + "/" + NotificationsView.PAGE;
    }
}
