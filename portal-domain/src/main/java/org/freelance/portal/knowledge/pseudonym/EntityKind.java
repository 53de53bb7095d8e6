package org.freelance.portal.knowledge.pseudonym;

/** What a replaced span was. */
public enum EntityKind {
    /** A party of the case known from its structured data (person or company, any variant). */
    KNOWN_PARTY,
    EMAIL,
    PHONE,
    IBAN,
    /** SIREN or SIRET. */
    COMPANY_ID,
    URL,
    POSTAL_ADDRESS,
    /** A full date, reduced to month and year. */
    DATE,
    /** An amount, reduced to a range. */
    AMOUNT,
    /** Another person's name found by heuristics (title, first-name list, capitalised words). */
    PERSON,
    /** Another organisation's name found by heuristics (legal form, capitalised words). */
    ORGANISATION
}
