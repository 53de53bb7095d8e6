package org.freelance.portal.knowledge;

/** Small vocabularies of the knowledge base. */
public final class KnowledgeEnums {

    private KnowledgeEnums() {
    }

    /** DRAFT → IN_REVIEW → PUBLISHED → RETIRED; the admin may send a draft in review back to its author. */
    public enum ArticleStatus { DRAFT, IN_REVIEW, PUBLISHED, RETIRED }

    /** Who reads a published article: this community only, or every community (the shared catalogue). */
    public enum Scope { COMMUNITY, SHARED }

    /** How the dispute ended. */
    public enum Outcome { AGREEMENT, PAID_IN_FULL, PARTIAL_PAYMENT, CONTRACT_RENEGOTIATED, LITIGATION, WITHDRAWN,
        LOST, OTHER }

    public enum Sector { IT_SERVICES, CONSULTING, SOFTWARE, DATA, DESIGN, MARKETING, FINANCE, INDUSTRY, PUBLIC_SECTOR,
        HEALTH, RETAIL, EDUCATION, OTHER }

    /** What a moderation log line records. */
    public enum ModerationAction { CREATED, SUBMITTED, RETURNED, REVIEWED, PUBLISHED, RETIRED }

    /** The text fields of an article, each pseudonymised on its own within one session. */
    public enum Field { TITLE, CONTEXT, WHAT_HAPPENED, WHAT_WORKED, NEXT_TIME }
}
