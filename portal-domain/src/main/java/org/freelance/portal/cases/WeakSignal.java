package org.freelance.portal.cases;

/**
 * The catalogue of weak signals from practice, each with its weight in the risk score (points out
 * of 100 on the day it is noticed). The weights rank the signals the way the community's mediators
 * do: silence and money first, vagueness last.
 */
public enum WeakSignal {
    KEY_CONTACTS_UNREACHABLE(30),
    FEWER_DIRECT_EXCHANGES(15),
    UNILATERAL_CHANGE_OF_DIRECTION(25),
    PRESSURE_TO_SIGN_NOW(20),
    ORAL_PROMISES_ONLY(15),
    LATE_PAYMENT(25),
    SCOPE_CREEP(20),
    UNCLEAR_BRIEF(10);

    private final int weight;

    WeakSignal(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
