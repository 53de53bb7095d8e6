package org.freelance.portal.review.analysis;

/** The languages the pre-review understands. */
public enum ContractLanguage {
    FR, EN
}
