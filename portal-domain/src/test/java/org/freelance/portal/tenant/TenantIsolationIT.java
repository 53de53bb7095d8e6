package org.freelance.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.SystemPrincipal;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant x role x operation matrix: a person holding any role in community A (or the platform
 * operator, who is a member of neither) reads and changes nothing of community B, whether they put
 * B's slug in the route (the tenant bound to their request) or guess B's ids from inside A, and
 * whether they ask through services or through search. Afterwards B is checked to be untouched.
 */
@DomainIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    @Autowired TestFixtures fixtures;
    @Autowired CommunityService communities;
    @Autowired MemberService members;
    @Autowired InvitationService invitations;
    @Autowired AuditService audit;

    CommunityView a;
    CommunityView b;
    AccountView bAdmin;
    AccountView bMember;
    Long bMemberMembership;
    Long bInvitation;
    String bInvitationToken;
    final List<String> checked = new ArrayList<>();

    /** Who attacks: one person per role in A, and the operator. */
    enum Actor { MEMBER, EXPERT, MEDIATOR, ADMIN, OPERATOR }

    /** Where the attack aims: the request bound to B (route tampering) or to A with B's ids (guessed ids). */
    enum Target { B_ROUTE, A_ROUTE_WITH_B_IDS }

    AccountView attacker(Actor actor) {
        return switch (actor) {
            case OPERATOR -> fixtures.operator();
            default -> attackers.get(actor.ordinal());
        };
    }

    final List<AccountView> attackers = new ArrayList<>();

    @BeforeAll
    void twoCommunities() {
        a = fixtures.community("Alpha");
        b = fixtures.community("Beta");
        for (Role role : List.of(Role.MEMBER, Role.EXPERT, Role.MEDIATOR, Role.ADMIN)) {
            attackers.add(fixtures.member(a, role));
        }
        bAdmin = fixtures.member(b, Role.ADMIN);
        bMember = fixtures.member(b, Role.MEMBER);
        bMemberMembership = fixtures.as(bMember, b, () -> members.me().membershipId());
        InvitationIssued issued = fixtures.as(bAdmin, b,
                () -> invitations.invite("pending-" + TestFixtures.unique() + "@beta.example", EnumSet.of(Role.MEMBER)));
        bInvitation = issued.invitationId();
        bInvitationToken = issued.link().substring(issued.link().lastIndexOf('/') + 1);
    }

    record Operation(String name, Supplier<?> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    List<Operation> operations() {
        return List.of(
                new Operation("community.current", () -> communities.current()),
                new Operation("members.me", () -> members.me()),
                new Operation("members.list", () -> members.list()),
                new Operation("members.count", () -> members.count()),
                new Operation("members.changeRoles", () -> members.changeRoles(bMemberMembership,
                        EnumSet.of(Role.ADMIN))),
                new Operation("members.remove", () -> {
                    members.remove(bMemberMembership);
                    return null;
                }),
                new Operation("invitations.invite", () -> invitations.invite("intruder-" + TestFixtures.unique()
                        + "@evil.example", EnumSet.of(Role.ADMIN))),
                new Operation("invitations.pending", () -> invitations.pending()),
                new Operation("invitations.revoke", () -> {
                    invitations.revoke(bInvitation);
                    return null;
                }),
                new Operation("invitations.acceptAsCurrentUser", () -> invitations.acceptAsCurrentUser(bInvitationToken)),
                // B's link was shown to B's admin (no mail here): nobody may use it to set the invitee's password
                new Operation("invitations.acceptWithNewPassword", () -> invitations.acceptWithNewPassword(
                        bInvitationToken, "Intrus", "mot-de-passe-de-l-intrus")),
                new Operation("invitations.createAccountWithOneTimeCode",
                        () -> invitations.createAccountWithOneTimeCode(bInvitation)),
                new Operation("audit.recent", () -> audit.recent(50)),
                new Operation("audit.search", () -> audit.search("", 0, 50)));
    }

    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            for (Target target : Target.values()) {
                for (Operation operation : operations()) {
                    cases.add(Arguments.of(actor, target, operation));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} of A, {1}: {2} is refused")
    @MethodSource("matrix")
    void nothing_of_b_is_reachable(Actor actor, Target target, Operation operation) {
        String tenant = target == Target.B_ROUTE ? b.slug() : a.slug();
        AccountView person = attacker(actor);
        Object result;
        try {
            result = SystemPrincipal.callAs(person, () -> TenantScope.call(tenant, operation.call()));
        } catch (AccessDeniedException | NotFoundException refused) {
            checked.add(actor + "/" + target + "/" + operation);
            return;
        } catch (PortalException refused) {
            // e.g. accepting B's invitation as someone else, or choosing the invitee's password through
            // a link that was never mailed: refused with its own message
            assertThat(refused.messageKey()).isIn("error.invitation.other-account", "error.invitation.not-mailed");
            checked.add(actor + "/" + target + "/" + operation);
            return;
        }
        // an operation that succeeded may only have worked on A, and must show nothing of B
        assertThat(target).as("%s succeeded against B's route", operation).isEqualTo(Target.A_ROUTE_WITH_B_IDS);
        assertThat(String.valueOf(result)).doesNotContain(b.slug()).doesNotContain(bAdmin.email())
                .doesNotContain(bMember.email()).doesNotContain(b.name());
        checked.add(actor + "/" + target + "/" + operation);
    }

    @Test
    void a_tampered_slug_does_not_enter_the_other_community() {
        for (Actor actor : Actor.values()) {
            assertThat(SystemPrincipal.callAs(attacker(actor), () -> communities.enter(b.slug()))).isEmpty();
            assertThat(SystemPrincipal.callAs(attacker(actor), () -> communities.myCommunities()))
                    .extracting(MyCommunity::slug).doesNotContain(b.slug());
        }
    }

    @Test
    void search_in_a_finds_nothing_of_b_while_b_finds_its_own() {
        AccountView aAdmin = attacker(Actor.ADMIN);
        AuditPage fromA = fixtures.as(aAdmin, a, () -> audit.search(bAdmin.email(), 0, 50));
        assertThat(fromA.total()).isZero();
        AuditPage everythingFromA = fixtures.as(aAdmin, a, () -> audit.search("", 0, 100));
        assertThat(everythingFromA.entries()).allSatisfy(e -> assertThat(
                String.valueOf(e.actorEmail()) + e.subjectEmail() + e.details()).doesNotContain("beta.example")
                .doesNotContain(bAdmin.email()));
        AuditPage fromB = fixtures.as(bAdmin, b, () -> audit.search(bAdmin.email(), 0, 50));
        assertThat(fromB.total()).isPositive();
    }

    @Test
    void a_guessed_membership_id_of_b_is_not_found_for_a_admin() {
        assertThatThrownBy(() -> fixtures.as(attacker(Actor.ADMIN), a,
                () -> members.changeRoles(bMemberMembership, EnumSet.of(Role.ADMIN))))
                .isInstanceOf(NotFoundException.class);
    }

    @AfterAll
    void b_is_untouched() {
        assertThat(checked).hasSize(Actor.values().length * Target.values().length * operations().size());
        List<MemberView> bMembers = fixtures.as(bAdmin, b, () -> members.list());
        assertThat(bMembers).hasSize(2);
        assertThat(bMembers).filteredOn(m -> m.email().equals(bMember.email())).singleElement()
                .extracting(MemberView::roles).isEqualTo(EnumSet.of(Role.MEMBER));
        assertThat(fixtures.as(bAdmin, b, () -> invitations.pending())).extracting(PendingInvitation::id)
                .containsExactly(bInvitation);
    }
}
