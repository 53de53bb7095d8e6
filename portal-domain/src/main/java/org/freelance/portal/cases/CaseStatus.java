package org.freelance.portal.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands. The allowed moves, and who may make each, are written here once:
 * {@link #allows(CaseStatus, Actor)}. Taking a submitted case is its own operation (with a conflict
 * of interest declaration), not a plain move.
 */
public enum CaseStatus {
    DRAFT, SUBMITTED, TAKEN, IN_MEDIATION, RESOLVED, ESCALATED, WITHDRAWN, CLOSED;

    /** Who asks for a move. */
    public enum Actor { FREELANCER, LEAD }

    private static final Map<CaseStatus, Map<CaseStatus, Set<Actor>>> MOVES = Map.of(
            DRAFT, Map.of(SUBMITTED, EnumSet.of(Actor.FREELANCER), WITHDRAWN, EnumSet.of(Actor.FREELANCER)),
            SUBMITTED, Map.of(WITHDRAWN, EnumSet.of(Actor.FREELANCER)),
            TAKEN, Map.of(IN_MEDIATION, EnumSet.of(Actor.LEAD), RESOLVED, EnumSet.of(Actor.LEAD),
                    ESCALATED, EnumSet.of(Actor.LEAD), WITHDRAWN, EnumSet.of(Actor.FREELANCER)),
            IN_MEDIATION, Map.of(RESOLVED, EnumSet.of(Actor.LEAD), ESCALATED, EnumSet.of(Actor.LEAD),
                    WITHDRAWN, EnumSet.of(Actor.FREELANCER)),
            RESOLVED, Map.of(CLOSED, EnumSet.of(Actor.LEAD, Actor.FREELANCER)),
            ESCALATED, Map.of(CLOSED, EnumSet.of(Actor.LEAD, Actor.FREELANCER)),
            WITHDRAWN, Map.of(CLOSED, EnumSet.of(Actor.LEAD, Actor.FREELANCER)),
            CLOSED, Map.of());

    public boolean allows(CaseStatus target, Actor actor) {
        Set<Actor> by = MOVES.get(this).get(target);
        return by != null && actor != null && by.contains(actor);
    }

    /** The statuses this actor may move the case to from here. */
    public Set<CaseStatus> nextFor(Actor actor) {
        Set<CaseStatus> next = EnumSet.noneOf(CaseStatus.class);
        MOVES.get(this).forEach((target, by) -> {
            if (by.contains(actor)) {
                next.add(target);
            }
        });
        return next;
    }

    /** A move that ends or abandons work must say why: the reason goes to the journal. */
    public boolean needsReasonFrom(CaseStatus from) {
        return switch (this) {
            case RESOLVED, ESCALATED -> true;
            case WITHDRAWN -> from != DRAFT;
            default -> false;
        };
    }

    /** The case is still being worked on (signals and entries make sense). */
    public boolean isActive() {
        return this == SUBMITTED || this == TAKEN || this == IN_MEDIATION;
    }
}
