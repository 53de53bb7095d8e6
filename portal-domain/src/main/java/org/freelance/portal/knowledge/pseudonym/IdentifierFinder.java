package org.freelance.portal.knowledge.pseudonym;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second layer: identifiers by pattern. Emails, phones, IBAN, SIREN/SIRET, URLs and postal addresses are
 * masked (a known party's email or phone says whose it is); full dates become month and year, amounts a range.
 */
final class IdentifierFinder {

    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\d{1,3}(?:st|nd|rd|th|e|er|ème)[ ]$");

    private final KnownPartyFinder parties;
    private final PseudonymBook book;

    IdentifierFinder(KnownPartyFinder parties, PseudonymBook book) {
        this.parties = parties;
        this.book = book;
    }

    /** Adds a candidate for each identifier, date and amount found in the text. */
    void find(String text, Windows windows, List<Candidate> out) {
        Windows.find(Patterns.EMAIL, text, windows.at, m -> {
            int owner = parties.ownerOfEmail(m.group());
            out.add(owner < 0
                    ? new Candidate(m.start(), m.end(), EntityKind.EMAIL, 1, book.label("[e-mail]", "[email]"))
                    : new Candidate(m.start(), m.end(), EntityKind.KNOWN_PARTY, 0,
                            ownedLabel(owner, "e-mail", "email")));
        });
        Windows.find(Patterns.URL, text, windows.dots, m -> {
            int end = TextScan.trimTrailingPunctuation(text, m.start(), m.end());
            out.add(new Candidate(m.start(), end, EntityKind.URL, 2, book.label("[site web]", "[website]")));
        });
        Windows.anchored(Patterns.IBAN, text, windows.ibanStarts, 50, m -> {
            if (m.group().chars().filter(Character::isDigit).count() >= 10) {
                out.add(new Candidate(m.start(), m.end(), EntityKind.IBAN, 2, "[IBAN]"));
            }
        });
        Windows.anchored(Patterns.COMPANY_ID, text, windows.numberStarts, 24, m -> {
            int digits = (int) m.group().chars().filter(Character::isDigit).count();
            out.add(new Candidate(m.start(), m.end(), EntityKind.COMPANY_ID, 3, digits == 14 ? "[SIRET]" : "[SIREN]"));
        });
        Windows.anchored(Patterns.PHONE, text, windows.numberStarts, 30, m -> {
            int owner = parties.ownerOfPhone(m.group());
            out.add(owner < 0
                    ? new Candidate(m.start(), m.end(), EntityKind.PHONE, 4, book.label("[téléphone]", "[phone]"))
                    : new Candidate(m.start(), m.end(), EntityKind.KNOWN_PARTY, 0,
                            ownedLabel(owner, "téléphone", "phone")));
        });
        if (parties.anyPhone()) {
            // a party's number in a format no phone pattern knows: "91 555 08 21", "098450 12345"
            Windows.anchored(Patterns.DIGIT_GROUPS, text, windows.numberStarts, 30, m -> {
                if (m.group().replaceAll("\\D", "").length() >= 8) {
                    int owner = parties.ownerOfPhone(m.group());
                    if (owner >= 0) {
                        out.add(new Candidate(m.start(), m.end(), EntityKind.KNOWN_PARTY, 0,
                                ownedLabel(owner, "téléphone", "phone")));
                    }
                }
            });
        }
        Windows.anchored(Patterns.POSTAL_ADDRESS, text, windows.numberStarts, 220,
                m -> out.add(address(text, m.start(), m.end())));
        Windows.find(Patterns.STREET_FIRST_ADDRESS, text, windows.digitRuns,
                m -> out.add(address(text, m.start(), m.end())));
        Windows.anchored(Patterns.STREET_TYPE_FIRST_ADDRESS, text, windows.numberStarts, 120,
                m -> out.add(address(text, m.start(), m.end())));
        Windows.anchored(Patterns.BLOCK_NUMBER_ADDRESS, text, windows.numberStarts, 60,
                m -> out.add(address(text, m.start(), m.end())));
        int addressEnd = 0;
        for (int anchor : windows.addressWords) {
            if (anchor < addressEnd) {
                continue;
            }
            int[] run = AddressRuns.around(text, anchor);
            if (run != null) {
                out.add(new Candidate(run[0], run[1], EntityKind.POSTAL_ADDRESS, 5, book.label("[adresse]", "[address]")));
                addressEnd = run[1];
            }
        }
        Windows.anchored(Patterns.DATE, text, windows.numberStarts, 60, m -> {
            String replacement = Dates.monthAndYear(m, book.english());
            if (replacement == null) {
                return;
            }
            int start = m.start();
            if (start >= 4 && text.regionMatches(true, start - 4, "les ", 0, 4)
                    && (start == 4 || !Character.isLetter(text.charAt(start - 5)))) {
                // "émises les 4 mai 2026" reads "émises en mai 2026", not "émises les mai 2026"
                boolean capital = Character.isUpperCase(text.charAt(start - 4));
                out.add(new Candidate(start - 4, m.end(), EntityKind.DATE, 6, (capital ? "En " : "en ") + replacement));
                return;
            }
            String before = text.substring(Math.max(0, start - 3), start);
            String preposition = Dates.preposition(before, text.substring(Math.max(0, start - 12),
                    Math.max(0, start - 3)));
            if ("de ".equals(preposition) && "aeiouyâéè".indexOf(Character.toLowerCase(replacement.charAt(0))) >= 0) {
                preposition = "d'";
            }
            if (preposition != null) {
                boolean capital = Character.isUpperCase(before.charAt(0));
                replacement = (capital && !preposition.isEmpty()
                        ? Character.toUpperCase(preposition.charAt(0)) + preposition.substring(1) : preposition)
                        + replacement;
                start -= 3;
            }
            out.add(new Candidate(start, m.end(), EntityKind.DATE, 6, replacement));
        });
        Windows.anchored(Patterns.AMOUNT, text, windows.numberStarts, 50, m -> {
            String replacement = Amounts.range(m, book.english());
            if (replacement != null) {
                out.add(new Candidate(m.start(), m.end(), EntityKind.AMOUNT, 6, replacement));
            }
        });
    }

    /**
     * An address found by one of the patterns, grown to its whole: the lines after the street (units,
     * districts, city, postcodes of any country, the country) and the lines before it (building, floor, lot,
     * business park), since every line of an address belongs to it.
     */
    private Candidate address(String text, int start, int end) {
        int e = TextScan.trimTrailingPunctuation(text, start, end);
        Matcher tail = Patterns.ADDRESS_TAIL.matcher(text);
        tail.useTransparentBounds(true);
        tail.region(e, Math.min(text.length(), e + 200));
        // only when a separator follows: most addresses end at their postcode and city
        if (e + 1 < text.length() && (text.charAt(e) == ',' || text.charAt(e) == ' ') && tail.lookingAt()) {
            e = TextScan.trimTrailingPunctuation(text, start, tail.end());
        }
        int s = start;
        Matcher lead = Patterns.ADDRESS_LEAD_BEFORE.matcher(text);
        lead.useTransparentBounds(true);
        for (int lines = 0; lines < 4 && s > 1 && TextScan.precededByComma(text, s); lines++) {
            int from = Math.max(0, s - 70);
            int lineStart = text.lastIndexOf('\n', s - 1);
            lead.region(Math.max(from, lineStart + 1), s);
            if (!lead.find()) {
                break;
            }
            s = lead.start();
        }
        // "3rd Floor" where the pattern started at "Floor"
        Matcher ordinal = ORDINAL_BEFORE.matcher(text).region(Math.max(0, s - 8), s);
        if ((text.regionMatches(true, s, "floor", 0, 5) || text.regionMatches(true, s, "étage", 0, 5))
                && ordinal.find()) {
            s = ordinal.start();
        }
        return new Candidate(s, e, EntityKind.POSTAL_ADDRESS, 5, book.label("[adresse]", "[address]"));
    }

    /** "[e-mail de Contact B]", "[Contact B's email]": whose it was, without the identifier. */
    private String ownedLabel(int owner, String french, String english) {
        String pseudonym = book.partyPseudonym(owner);
        return book.label("[" + french + " de " + pseudonym + "]", "[" + pseudonym + "'s " + english + "]");
    }
}
