package org.freelance.portal.knowledge.pseudonym;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.freelance.portal.review.analysis.ContractLanguage;
import org.freelance.portal.review.analysis.LanguageDetector;

/**
 * The pseudonyms of one article: the same party, person or organisation gets the same one in every field,
 * letters are handed out in the order names are chosen, and labels are in the article's language. It also
 * remembers the surnames, first names and organisation words found, so a later "Durand" alone gets Paul
 * Durand's pseudonym.
 */
final class PseudonymBook {

    enum Lang { FR, EN }

    /** The known parties, in the session's order (the place is what candidates name them by). */
    private final List<KnownParty> parties;
    private final Map<String, String> pseudonyms = new HashMap<>();
    /** Surnames of people found by heuristics, so "Durand" alone later gets Paul Durand's pseudonym. */
    private final Map<String, String> surnames = new HashMap<>();
    /** First names of people found, so "Sophie" alone later gets Sophie Lambert's pseudonym. */
    private final Map<String, String> givenNames = new HashMap<>();
    /** Distinctive words of organisations found, so "Nortia" alone later gets Grupo Nortia's pseudonym. */
    private final Map<String, String> organisationWords = new HashMap<>();
    private Lang lang;
    private int letters;

    /** @param lang the labels' language, or null to take the language of the first text */
    PseudonymBook(List<KnownParty> parties, Lang lang) {
        this.parties = List.copyOf(parties);
        this.lang = lang;
    }

    /** Takes the language of this text for the labels, unless it is settled already. */
    void settleLanguage(String text) {
        if (lang == null) {
            lang = LanguageDetector.of(text) == ContractLanguage.EN ? Lang.EN : Lang.FR;
        }
    }

    boolean english() {
        return lang == Lang.EN;
    }

    String label(String french, String english) {
        return english() ? english : french;
    }

    /** The pseudonym of a chosen name candidate, consistent across the article. */
    String nameFor(Candidate c) {
        if (c.kind() == EntityKind.KNOWN_PARTY) {
            return partyPseudonym(Integer.parseInt(c.key()));
        }
        if (c.kind() == EntityKind.ORGANISATION) {
            for (String word : c.key().split(" ")) {
                if (OrganisationWords.isDistinctive(word)) {
                    organisationWords.putIfAbsent(word, c.key());
                }
            }
            return pseudonyms.computeIfAbsent("org:" + c.key(), k -> label("Organisation ", "Organisation ") + nextLetter());
        }
        String[] words = c.key().split(" ");
        String firstName = FirstNames.isFirstName(words[0]) ? words[0] : null;
        String surname = words.length >= 2 || firstName == null ? words[words.length - 1] : null;
        String pseudonym = pseudonyms.get("person:" + c.key());
        if (pseudonym == null && surname != null) {
            pseudonym = surnames.get(surname);
        }
        if (pseudonym == null && words.length >= 2 && firstName == null) {
            pseudonym = surnames.get(words[0]); // family name first: "Tanabe Rin" after "Ms Tanabe"
        }
        if (pseudonym == null && surname == null) {
            pseudonym = givenNames.get(firstName);
        }
        if (pseudonym == null) {
            pseudonym = label("Personne ", "Person ") + nextLetter();
        }
        pseudonyms.put("person:" + c.key(), pseudonym);
        if (surname != null && surname.length() >= 2) {
            surnames.putIfAbsent(surname, pseudonym);
        }
        if (firstName != null) {
            givenNames.putIfAbsent(firstName, pseudonym);
        }
        return pseudonym;
    }

    /** The pseudonym of the party at this place in the session: its alias, or its role and the next letter. */
    String partyPseudonym(int index) {
        KnownParty party = parties.get(index);
        return pseudonyms.computeIfAbsent("party:" + index, k -> {
            if (party.alias() != null && !party.alias().isBlank()) {
                return party.alias().strip();
            }
            return roleLabel(party) + " " + nextLetter();
        });
    }

    boolean hasSurname(String word) {
        return surnames.containsKey(word);
    }

    boolean hasGivenName(String word) {
        return givenNames.containsKey(word);
    }

    /** The organisation whose distinctive word this is, named earlier in the article, or null. */
    String organisationWithWord(String word) {
        return organisationWords.get(word);
    }

    private String roleLabel(KnownParty party) {
        boolean en = english();
        return switch (party.role()) {
            case CLIENT -> "Client";
            case END_CLIENT -> en ? "End client" : "Client final";
            case CLIENT_CONTACT -> "Contact";
            case FREELANCER -> en ? "Freelancer" : "Freelance";
            case INTERMEDIARY -> en ? "Intermediary" : "Intermédiaire";
            case OTHER -> party.organisation() ? "Organisation" : en ? "Person" : "Personne";
        };
    }

    private String nextLetter() {
        int n = letters++;
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return out.toString();
    }
}
