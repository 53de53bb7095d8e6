package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first layer: the case's known parties wherever a variant of their names stands in a text, with
 * the one-letter typos of their distinctive words; and which party an email or a phone number belongs to.
 * A party is named by its place in the session's list.
 */
final class KnownPartyFinder {

    private static final Pattern TYPO_CANDIDATE = Pattern.compile("\\p{Lu}[\\p{L}'’-]{4,}");

    private final List<PartyVariants> parties = new ArrayList<>();
    /** Each party variant under its first word, longest first, to match at word starts only. */
    private final Map<String, List<String>> variantsByFirstWord = new HashMap<>();
    private final Set<Integer> fuzzyLengths = new HashSet<>();

    KnownPartyFinder(List<KnownParty> known) {
        for (KnownParty party : known) {
            parties.add(new PartyVariants(party));
        }
        for (PartyVariants p : parties) {
            for (String variant : p.variants.keySet()) {
                variantsByFirstWord.computeIfAbsent(firstToken(variant), k -> new ArrayList<>()).add(variant);
                fuzzyLengths.addAll(p.fuzzyWords.stream().map(String::length).toList());
            }
        }
        variantsByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** Adds a candidate for each variant of a party, and for each one-letter typo of a party's distinctive words. */
    void find(String text, String folded, List<Candidate> out) {
        int n = folded.length();
        int i = 0;
        while (i < n && !variantsByFirstWord.isEmpty()) {
            char c = folded.charAt(i);
            boolean wordStart = Character.isLetterOrDigit(c) && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))
                    && folded.charAt(i - 1) != '@' && folded.charAt(i - 1) != '.');
            if (!wordStart) {
                i++;
                continue;
            }
            int e = i;
            while (e < n && Character.isLetterOrDigit(folded.charAt(e))) {
                e++;
            }
            List<String> variants = variantsByFirstWord.get(folded.substring(i, e));
            int matched = -1;
            if (variants != null) {
                for (String variant : variants) {
                    int end = i + variant.length();
                    if (folded.startsWith(variant, i) && boundaryAfter(folded, end)
                            && accepts(text, i, end, variant) && !commonWordOpening(text, folded, variant, i, end)) {
                        matched = end;
                        int owner = ownerOfVariant(variant, text, i, end);
                        int stop = TextScan.possessiveEnd(text, end);
                        out.add(Candidate.named(i, stop, EntityKind.KNOWN_PARTY, 0, String.valueOf(owner),
                                text.substring(end, stop)));
                        break;
                    }
                }
            }
            i = matched > 0 ? matched : e;
        }
        // one-letter typos of a party's distinctive words: "Martinn", "Alpah"
        if (parties.isEmpty()) {
            return;
        }
        Matcher words = TYPO_CANDIDATE.matcher(text);
        while (words.find()) {
            if (!fuzzyLengths.contains(words.end() - words.start())
                    && !fuzzyLengths.contains(words.end() - words.start() - 1)
                    && !fuzzyLengths.contains(words.end() - words.start() + 1)) {
                continue;
            }
            String word = folded.substring(words.start(), words.end());
            for (int index = 0; index < parties.size(); index++) {
                if (parties.get(index).fuzzyWords.stream().anyMatch(w -> !w.equals(word) && Edits.withinOne(w, word))) {
                    out.add(Candidate.named(words.start(), words.end(), EntityKind.KNOWN_PARTY, 0,
                            String.valueOf(index), ""));
                    break;
                }
            }
        }
    }

    /**
     * A party's first name that is also a common word, opening a sentence and followed by a determiner or a
     * preposition, is the common word: "Mark every due date" (Mark Bishop), "Grace periods are..." stays a name
     * only when the verb follows ("Grace called"), which is what a name at a sentence start is followed by.
     */
    private boolean commonWordOpening(String text, String folded, String variant, int start, int end) {
        // a company's name is no first name: "Atlas les règle" is still the client Atlas
        return FirstNames.COMMON_WORDS.contains(variant) && TextScan.atSentenceStart(text, start)
                && Patterns.FUNCTION_WORDS.contains(TextScan.nextWord(folded, end))
                && parties.stream().noneMatch(p -> p.party.organisation() && p.variants.containsKey(variant));
    }

    private boolean accepts(String text, int start, int end, String variant) {
        for (PartyVariants p : parties) {
            PartyVariants.Variant v = p.variants.get(variant);
            if (v != null && v.fits(text, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** The party the variant belongs to, people before organisations ("Martin" the contact, not "Martin SAS"). */
    private int ownerOfVariant(String variant, String text, int start, int end) {
        for (boolean organisations : new boolean[] {false, true}) {
            for (int index = 0; index < parties.size(); index++) {
                PartyVariants p = parties.get(index);
                PartyVariants.Variant v = p.variants.get(variant);
                if (p.party.organisation() == organisations && v != null && v.fits(text, start, end)) {
                    return index;
                }
            }
        }
        throw new IllegalStateException("variant without owner");
    }

    /** The place in the session of the party whose email this is, or -1. */
    int ownerOfEmail(String email) {
        String lower = email.toLowerCase(Locale.ROOT);
        for (int index = 0; index < parties.size(); index++) {
            if (parties.get(index).emails.contains(lower)) {
                return index;
            }
        }
        return -1;
    }

    /**
     * The place of the party whose phone this is, or -1; compared on the last eight digits so that national and
     * international forms meet.
     */
    int ownerOfPhone(String phone) {
        String digits = PartyVariants.phoneDigits(phone);
        String all = phone.replaceAll("\\D", "");
        String ending = all.length() >= 8 ? all.substring(all.length() - 8) : null;
        for (int index = 0; index < parties.size(); index++) {
            PartyVariants p = parties.get(index);
            if (p.phones.contains(digits) || ending != null && p.phoneEndings.contains(ending)) {
                return index;
            }
        }
        return -1;
    }

    /** Whether a party has a phone number of eight digits or more, which digit groups in another format may then be. */
    boolean anyPhone() {
        return parties.stream().anyMatch(p -> !p.phoneEndings.isEmpty());
    }

    /** After a party variant: not inside a word, not an email ("martin@") or a domain ("alpha.fr"). */
    private static boolean boundaryAfter(String folded, int end) {
        if (end >= folded.length()) {
            return true;
        }
        char c = folded.charAt(end);
        if (Character.isLetterOrDigit(c) || c == '@') {
            return false;
        }
        return !(c == '.' && end + 1 < folded.length() && Character.isLetter(folded.charAt(end + 1)));
    }

    private static String firstToken(String variant) {
        int e = 0;
        while (e < variant.length() && Character.isLetterOrDigit(variant.charAt(e))) {
            e++;
        }
        return variant.substring(0, e);
    }
}
