package org.freelance.portal.knowledge.pseudonym;

/** The part a known party played, which gives its default pseudonym ("Client A", "Freelance B"...). */
public enum PartyRole {
    CLIENT, END_CLIENT, CLIENT_CONTACT, FREELANCER, INTERMEDIARY, OTHER
}
