package org.freelance.portal.cases;

/** Small vocabularies of the cases feature. */
public final class CaseEnums {

    private CaseEnums() {
    }

    /** What went wrong, as the freelancer sees it at intake. */
    public enum ProblemCategory {
        LATE_PAYMENT, SCOPE_CHANGE, UNILATERAL_CHANGE_OF_DIRECTION, TERMINATION, UNBALANCED_CONTRACT,
        RELATIONSHIP_BREAKDOWN, OTHER
    }

    public enum Urgency { LOW, NORMAL, HIGH, CRITICAL }

    /** The seed's questions to ask about a prospect before signing. */
    public enum VettingItem {
        LEGAL_STRUCTURE_IDENTIFIED, CLEAR_BRIEF, ANSWERS_QUICKLY, TRANSPARENT_ON_BUDGET_AND_DEADLINES,
        DID_NOT_NEGOTIATE_BEFORE_UNDERSTANDING_VALUE
    }

    public enum VettingAnswer { YES, NO, UNKNOWN }

    /** A person's part in a case besides the freelancer who opened it. */
    public enum ParticipantRole { LEAD, SUPPORTER }

    /** How an exchange took place. */
    public enum Channel { EMAIL, CALL, MEETING, CHAT, LETTER, OTHER }

    /** What a journal entry records. */
    public enum EntryType {
        EXCHANGE, DECISION, VALIDATION, DOCUMENT, WEAK_SIGNAL, PAYMENT_EVENT, STATUS_CHANGE, NOTE
    }
}
