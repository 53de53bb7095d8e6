package org.freelance.portal.knowledge.pseudonym;

import java.util.List;

/**
 * A party of the case, from its structured data: a person ("Jeanne Martin") or an organisation
 * ("Alpha Conseil SAS"), with the emails and phone numbers known for it, and optionally the alias
 * the reviewer chose ("Vector") instead of the default pseudonym.
 */
public record KnownParty(PartyRole role, String name, boolean organisation, List<String> emails, List<String> phones,
        String alias) {

    public KnownParty {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    public static KnownParty person(PartyRole role, String name, String... emails) {
        return new KnownParty(role, name, false, List.of(emails), List.of(), null);
    }

    public static KnownParty organisation(PartyRole role, String name) {
        return new KnownParty(role, name, true, List.of(), List.of(), null);
    }

    public KnownParty withPhones(String... numbers) {
        return new KnownParty(role, name, organisation, emails, List.of(numbers), alias);
    }
}
