package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.freelance.portal.cases.CaseStatus.CLOSED;
import static org.freelance.portal.cases.CaseStatus.DRAFT;
import static org.freelance.portal.cases.CaseStatus.ESCALATED;
import static org.freelance.portal.cases.CaseStatus.IN_MEDIATION;
import static org.freelance.portal.cases.CaseStatus.RESOLVED;
import static org.freelance.portal.cases.CaseStatus.SUBMITTED;
import static org.freelance.portal.cases.CaseStatus.TAKEN;
import static org.freelance.portal.cases.CaseStatus.WITHDRAWN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.freelance.portal.cases.CaseStatus.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may move a case from where to where, and what each status implies. */
class CaseStatusTest {

    /**
     * The lifecycle as the product describes it, written out independently of {@link CaseStatus}:
     * "from > to : actors". Every pair not listed here is refused to everyone.
     */
    private static final List<String> ALLOWED = List.of(
            "DRAFT > SUBMITTED : FREELANCER",
            "DRAFT > WITHDRAWN : FREELANCER",
            "SUBMITTED > WITHDRAWN : FREELANCER",
            "TAKEN > IN_MEDIATION : LEAD",
            "TAKEN > RESOLVED : LEAD",
            "TAKEN > ESCALATED : LEAD",
            "TAKEN > WITHDRAWN : FREELANCER",
            "IN_MEDIATION > RESOLVED : LEAD",
            "IN_MEDIATION > ESCALATED : LEAD",
            "IN_MEDIATION > WITHDRAWN : FREELANCER",
            "RESOLVED > CLOSED : LEAD FREELANCER",
            "ESCALATED > CLOSED : LEAD FREELANCER",
            "WITHDRAWN > CLOSED : LEAD FREELANCER");

    private static boolean expected(CaseStatus from, CaseStatus to, Actor actor) {
        for (String rule : ALLOWED) {
            String[] moveAndActors = rule.split(" : ");
            String[] move = moveAndActors[0].split(" > ");
            if (CaseStatus.valueOf(move[0]) == from && CaseStatus.valueOf(move[1]) == to) {
                return actor != null && List.of(moveAndActors[1].split(" ")).contains(actor.name());
            }
        }
        return false;
    }

    static Stream<Arguments> everyMoveByEveryActor() {
        List<Arguments> all = new ArrayList<>();
        List<Actor> actors = new ArrayList<>(List.of(Actor.values()));
        actors.add(null);
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                for (Actor actor : actors) {
                    all.add(Arguments.of(from, to, actor, expected(from, to, actor)));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
    @MethodSource("everyMoveByEveryActor")
    void every_move_is_allowed_exactly_to_the_actors_of_the_lifecycle(CaseStatus from, CaseStatus to, Actor actor,
            boolean allowed) {
        assertThat(from.allows(to, actor)).isEqualTo(allowed);
    }

    @Test
    void the_table_covers_every_status_and_both_actors() {
        assertThat(everyMoveByEveryActor()).hasSize(CaseStatus.values().length * CaseStatus.values().length * 3);
        assertThat(everyMoveByEveryActor().filter(a -> (boolean) a.get()[3])).hasSize(16);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void no_status_moves_to_itself(CaseStatus status) {
        for (Actor actor : Actor.values()) {
            assertThat(status.allows(status, actor)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void someone_who_is_neither_freelancer_nor_lead_can_move_nothing(CaseStatus status) {
        for (CaseStatus target : CaseStatus.values()) {
            assertThat(status.allows(target, null)).isFalse();
        }
        assertThat(status.nextFor(null)).isEmpty();
    }

    @Test
    void nothing_moves_a_case_back_to_draft_or_out_of_closed() {
        for (CaseStatus from : CaseStatus.values()) {
            for (Actor actor : Actor.values()) {
                assertThat(from.allows(DRAFT, actor)).isFalse();
                assertThat(CLOSED.allows(from, actor)).isFalse();
            }
        }
    }

    @Test
    void taking_a_submitted_case_is_not_a_plain_move() {
        for (Actor actor : Actor.values()) {
            assertThat(SUBMITTED.allows(TAKEN, actor)).isFalse();
        }
    }

    @Test
    void only_the_freelancer_withdraws_and_only_the_lead_resolves_or_escalates() {
        for (CaseStatus from : CaseStatus.values()) {
            assertThat(from.allows(WITHDRAWN, Actor.LEAD)).isFalse();
            assertThat(from.allows(RESOLVED, Actor.FREELANCER)).isFalse();
            assertThat(from.allows(ESCALATED, Actor.FREELANCER)).isFalse();
            assertThat(from.allows(IN_MEDIATION, Actor.FREELANCER)).isFalse();
        }
    }

    @Test
    void next_statuses_of_the_freelancer() {
        assertThat(DRAFT.nextFor(Actor.FREELANCER)).containsExactlyInAnyOrder(SUBMITTED, WITHDRAWN);
        assertThat(SUBMITTED.nextFor(Actor.FREELANCER)).containsExactly(WITHDRAWN);
        assertThat(TAKEN.nextFor(Actor.FREELANCER)).containsExactly(WITHDRAWN);
        assertThat(IN_MEDIATION.nextFor(Actor.FREELANCER)).containsExactly(WITHDRAWN);
        assertThat(RESOLVED.nextFor(Actor.FREELANCER)).containsExactly(CLOSED);
        assertThat(ESCALATED.nextFor(Actor.FREELANCER)).containsExactly(CLOSED);
        assertThat(WITHDRAWN.nextFor(Actor.FREELANCER)).containsExactly(CLOSED);
        assertThat(CLOSED.nextFor(Actor.FREELANCER)).isEmpty();
    }

    @Test
    void next_statuses_of_the_lead() {
        assertThat(DRAFT.nextFor(Actor.LEAD)).isEmpty();
        assertThat(SUBMITTED.nextFor(Actor.LEAD)).isEmpty();
        assertThat(TAKEN.nextFor(Actor.LEAD)).containsExactlyInAnyOrder(IN_MEDIATION, RESOLVED, ESCALATED);
        assertThat(IN_MEDIATION.nextFor(Actor.LEAD)).containsExactlyInAnyOrder(RESOLVED, ESCALATED);
        assertThat(RESOLVED.nextFor(Actor.LEAD)).containsExactly(CLOSED);
        assertThat(ESCALATED.nextFor(Actor.LEAD)).containsExactly(CLOSED);
        assertThat(WITHDRAWN.nextFor(Actor.LEAD)).containsExactly(CLOSED);
        assertThat(CLOSED.nextFor(Actor.LEAD)).isEmpty();
    }

    static Stream<Arguments> statusesAndActors() {
        List<Arguments> all = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            for (Actor actor : Actor.values()) {
                all.add(Arguments.of(status, actor));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("statusesAndActors")
    void next_statuses_are_exactly_the_allowed_targets(CaseStatus status, Actor actor) {
        Set<CaseStatus> allowed = EnumSet.noneOf(CaseStatus.class);
        for (CaseStatus target : CaseStatus.values()) {
            if (status.allows(target, actor)) {
                allowed.add(target);
            }
        }
        assertThat(status.nextFor(actor)).isEqualTo(allowed);
    }

    @Test
    void next_statuses_can_be_changed_by_the_caller_without_touching_the_rules() {
        Set<CaseStatus> next = TAKEN.nextFor(Actor.LEAD);
        next.clear();
        next.add(DRAFT);
        assertThat(TAKEN.nextFor(Actor.LEAD)).containsExactlyInAnyOrder(IN_MEDIATION, RESOLVED, ESCALATED);
        assertThat(TAKEN.allows(DRAFT, Actor.LEAD)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void resolving_and_escalating_always_need_a_reason(CaseStatus from) {
        assertThat(RESOLVED.needsReasonFrom(from)).isTrue();
        assertThat(ESCALATED.needsReasonFrom(from)).isTrue();
    }

    @Test
    void withdrawing_needs_a_reason_except_from_a_draft() {
        assertThat(WITHDRAWN.needsReasonFrom(DRAFT)).isFalse();
        assertThat(WITHDRAWN.needsReasonFrom(SUBMITTED)).isTrue();
        assertThat(WITHDRAWN.needsReasonFrom(TAKEN)).isTrue();
        assertThat(WITHDRAWN.needsReasonFrom(IN_MEDIATION)).isTrue();
        assertThat(WITHDRAWN.needsReasonFrom(null)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"DRAFT", "SUBMITTED", "TAKEN", "IN_MEDIATION", "CLOSED"})
    void other_moves_need_no_reason(CaseStatus target) {
        for (CaseStatus from : CaseStatus.values()) {
            assertThat(target.needsReasonFrom(from)).isFalse();
        }
        assertThat(target.needsReasonFrom(null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"SUBMITTED", "TAKEN", "IN_MEDIATION"})
    void submitted_taken_and_in_mediation_cases_are_active(CaseStatus status) {
        assertThat(status.isActive()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"DRAFT", "RESOLVED", "ESCALATED", "WITHDRAWN", "CLOSED"})
    void drafts_and_finished_cases_are_not_active(CaseStatus status) {
        assertThat(status.isActive()).isFalse();
    }
}
