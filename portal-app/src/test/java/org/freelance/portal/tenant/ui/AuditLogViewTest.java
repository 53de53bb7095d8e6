package org.freelance.portal.tenant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.tenant.AuditEntry;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends ViewTestSupport {

    @Autowired
    InvitationService invitations;
    @Autowired
    MemberService members;

    @Test
    void admin_reads_the_community_log_newest_first_in_french() {
        CommunityView community = newCommunity("Audit");
        AccountView admin = newMember(community, Role.ADMIN);
        AccountView member = newMember(community, Role.MEMBER);
        String invitee = "audited-" + TestFixtures.unique() + "@portal.test";
        as(admin, community, () -> invitations.invite(invitee, EnumSet.of(Role.MEMBER)));
        as(admin, community, () -> members.changeRoles(membershipOf(admin, community, member), EnumSet.of(Role.EXPERT)));
        signInAs(admin);

        AuditLogView page = open("c/" + community.slug() + "/audit", AuditLogView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Journal d’audit");
        GridTester<Grid<AuditEntry>, AuditEntry> grid = grid(page);
        assertThat(grid.getHeaderCell(1)).isEqualTo("Événement");
        assertThat(whats(page)).containsSubsequence("Rôles modifiés", "Membre invité", "Communauté créée");
        int invited = IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 1).equals("Membre invité"))
                .findFirst().orElseThrow();
        assertThat(grid.getCellText(invited, 2)).isEqualTo(admin.displayName() + " <" + admin.email() + ">");
        assertThat(grid.getCellText(invited, 3)).isEqualTo(invitee);
        assertThat(grid.getCellText(invited, 4)).isEqualTo("Membre (freelance)");
        int changed = IntStream.range(0, grid.size()).filter(i -> grid.getCellText(i, 1).equals("Rôles modifiés"))
                .findFirst().orElseThrow();
        assertThat(grid.getCellText(changed, 4)).isEqualTo("Membre (freelance) → Expert");
        assertThat(page.getPageTitle()).isEqualTo("Journal d’audit");
    }

    @Test
    void a_sign_in_says_how_in_words_never_a_raw_value() {
        AuditLogView page = new AuditLogView(null);
        AuditEntry bySignIn = new AuditEntry(1L, org.freelance.portal.tenant.AuditEventType.SIGNED_IN,
                java.time.Instant.EPOCH, "Ada", "ada@demo.example", "ada@demo.example", "password");
        assertThat(page.details(bySignIn)).isEqualTo("Mot de passe");
    }

    @Test
    void search_narrows_the_log_to_matching_lines() {
        CommunityView community = newCommunity("Audit");
        AccountView admin = newMember(community, Role.ADMIN);
        String invitee = "searched-" + TestFixtures.unique() + "@portal.test";
        as(admin, community, () -> invitations.invite(invitee, EnumSet.of(Role.MEMBER)));
        signInAs(admin);
        AuditLogView page = open("c/" + community.slug() + "/audit", AuditLogView.class);
        assertThat(grid(page).size()).isGreaterThan(1);

        test(search(page)).setValue(invitee);

        assertThat(grid(page).size()).isEqualTo(1);
        assertThat(grid(page).getCellText(0, 3)).isEqualTo(invitee);
        assertThat(search(page).getPlaceholder()).isEqualTo("Rechercher (nom, e-mail, détail)");
    }

    @Test
    void search_without_match_shows_the_empty_state() {
        CommunityView community = newCommunity("Audit");
        signInAs(newMember(community, Role.ADMIN));
        AuditLogView page = open("c/" + community.slug() + "/audit", AuditLogView.class);

        test(search(page)).setValue("zzz-nothing-" + TestFixtures.unique());

        assertThat(grid(page).size()).isZero();
        assertThat($(Grid.class, page).id("audit-grid").getEmptyStateText()).isEqualTo("Aucun événement ne correspond.");
    }

    @Test
    void log_shows_nothing_of_another_community() {
        CommunityView mine = newCommunity("Audit");
        CommunityView other = newCommunity("Audit");
        AccountView otherAdmin = newMember(other, Role.ADMIN);
        String invitee = "elsewhere-" + TestFixtures.unique() + "@portal.test";
        as(otherAdmin, other, () -> invitations.invite(invitee, EnumSet.of(Role.MEMBER)));
        signInAs(newMember(mine, Role.ADMIN));
        AuditLogView page = open("c/" + mine.slug() + "/audit", AuditLogView.class);

        test(search(page)).setValue(invitee);

        assertThat(grid(page).size()).isZero();
    }

    @Test
    void plain_member_cannot_open_the_audit_log() {
        signInAs(ALICE_MEMBER);

        assertRefused("c/" + DEMO + "/audit");
    }

    @Test
    void expert_cannot_open_the_audit_log() {
        signInAs(ERIC_EXPERT);

        assertRefused("c/" + DEMO + "/audit");
    }

    @Test
    void member_of_autre_cannot_open_the_audit_log_of_demo() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/" + DEMO + "/audit");
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("c/" + DEMO + "/audit", LoginView.class);
    }

    private Long membershipOf(AccountView admin, CommunityView community, AccountView person) {
        return as(admin, community, () -> members.list()).stream().filter(m -> m.userId().equals(person.id()))
                .findFirst().orElseThrow().membershipId();
    }

    private List<String> whats(AuditLogView page) {
        GridTester<Grid<AuditEntry>, AuditEntry> grid = grid(page);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 1)).toList();
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<AuditEntry>, AuditEntry> grid(AuditLogView page) {
        return test(GridTester.class, $(Grid.class, page).id("audit-grid"));
    }

    private TextField search(AuditLogView page) {
        return $(TextField.class, page).id("audit-search");
    }
}
