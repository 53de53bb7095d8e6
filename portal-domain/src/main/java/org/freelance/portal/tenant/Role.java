package org.freelance.portal.tenant;

/** What a person may do inside one community. The platform operator is a flag on the account. */
public enum Role {
    /** A freelancer: asks for second opinions, opens cases. */
    MEMBER,
    /** A peer reviewer of contracts and supporter of cases. */
    EXPERT,
    /** Takes on cases and runs mediation sessions. */
    MEDIATOR,
    /** Manages members and roles, publishes lessons learned. */
    ADMIN
}
