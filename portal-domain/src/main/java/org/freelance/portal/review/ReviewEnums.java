package org.freelance.portal.review;

/** Small vocabularies of the review feature. */
public final class ReviewEnums {

    private ReviewEnums() {
    }

    /** How the mission is priced. */
    public enum Pricing { DAILY_RATE, TOTAL }

    /** Who sees the request besides the requester: nobody yet, every expert of the community, or named experts. */
    public enum ShareMode { PRIVATE, ALL_EXPERTS, NAMED }

    public enum RequestStatus { OPEN, CLOSED }

    /** Where a contract version came from. */
    public enum ContractSource { UPLOAD, PASTE }

    /** Found by the pre-review, or added by an expert. */
    public enum FindingOrigin { AUTOMATIC, EXPERT }

    /** An expert's assessment of an automatic finding. */
    public enum Decision { CONFIRMED, REJECTED }

    /** An expert's advice on the contract. */
    public enum Verdict { SIGN, NEGOTIATE, WALK_AWAY }

    /** Where a point of the negotiation list stands. */
    public enum PointStatus { PENDING, OBTAINED, CONCEDED }

    /** How a finding evolved from the previous contract version to the latest one. */
    public enum Evolution { RESOLVED, STILL_OPEN, NEW }
}
