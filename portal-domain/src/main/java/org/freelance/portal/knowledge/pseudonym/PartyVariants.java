package org.freelance.portal.knowledge.pseudonym;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.base.Folding;

/**
 * How one known party can appear in a text: the variants of its name (case, accents, initials, the order of
 * given names and surname, particles, short forms, logins made of the name), its emails and phones, and
 * the distinctive words whose one-letter typos still name it.
 */
final class PartyVariants {

    final KnownParty party;
    /** Folded variant text to how it must look in the original. */
    final Map<String, Variant> variants = new LinkedHashMap<>();
    final Set<String> emails = new HashSet<>();
    final Set<String> phones = new HashSet<>();
    /** The last eight digits of each phone: the same number written in another national format ends the same. */
    final Set<String> phoneEndings = new HashSet<>();
    /** Distinctive words (folded, 5 letters or more) checked for one-letter typos. */
    final Set<String> fuzzyWords = new HashSet<>();

    PartyVariants(KnownParty party) {
        this.party = party;
        String name = Folding.fold(party.name().strip()).replaceAll("\\s+", " ");
        if (party.organisation()) {
            organisationVariants(name);
        } else {
            personVariants(name);
        }
        for (String email : party.emails()) {
            String lower = email.strip().toLowerCase(Locale.ROOT);
            emails.add(lower);
            int at = lower.indexOf('@');
            if (at > 2) {
                String local = Folding.fold(lower.substring(0, at));
                if (looksLikeName(local, name)) {
                    add(local, false, false);
                }
            }
        }
        for (String phone : party.phones()) {
            phones.add(phoneDigits(phone));
            String digits = phone.replaceAll("\\D", "");
            if (digits.length() >= 8) {
                phoneEndings.add(digits.substring(digits.length() - 8));
            }
        }
    }

    /**
     * A mailbox's local part names the party only when it is made of the party's name: "jmartin", "ye.legoff",
     * "lan.nguyen", "koffi" do; "gestion", "contact", "info" are shared mailboxes, and the same words turn up in
     * the text as ordinary words ("frais de gestion").
     */
    private static boolean looksLikeName(String local, String foldedName) {
        String bare = local.replaceAll("[^\\p{L}]", "");
        String initials = initials(OrganisationWords.stripLegalForm(foldedName).split("[ -]"));
        for (String word : OrganisationWords.stripLegalForm(foldedName).split("[ -]")) {
            String w = word.replaceAll("[^\\p{L}]", "");
            if (w.length() >= 3 && (bare.contains(w.substring(0, Math.min(w.length(), 4)))
                    || w.startsWith(bare) && bare.length() >= 3)) {
                return true;
            }
        }
        return bare.length() <= 4 && !bare.isEmpty() && initials.startsWith(bare);
    }

    private void personVariants(String name) {
        personVariantsOf(name);
        // "Rashid Al-Mansouri" is also written "R. Al Mansouri", "Mansouri": the particle joined by a hyphen
        String spaced = name.replaceAll("(?<=^| )(al|el|ben|bin|ibn|abu|abi|ould|ait|bou)-", "$1 ");
        if (!spaced.equals(name)) {
            personVariantsOf(spaced);
        }
    }

    private void personVariantsOf(String name) {
        String[] words = name.split(" ");
        add(name, false, false);
        if (words.length < 2) {
            add(name, false, true);
            fuzzy(name);
            return;
        }
        // given names, then the surname with its particles: "anne | de la fontaine", "ana lucia | costa"
        int surnameAt = words.length - 1;
        while (surnameAt > 1 && isParticle(words[surnameAt - 1])) {
            surnameAt--;
        }
        if (surnameAt == words.length - 1 && words.length >= 3 && !isParticle(words[1])) {
            surnameAt = words.length - 1;
        }
        for (int w = 1; w < surnameAt; w++) {
            if (isParticle(words[w])) {
                surnameAt = w;
                break;
            }
        }
        // a word before the particles that is no first name belongs to the surname: "Rafael | Ruiz de la Torre"
        // (Spanish double surname), but "Jean Pierre | de la Fontaine" keeps Pierre as a given name
        while (surnameAt > 1 && surnameAt < words.length - 1 && isParticle(words[surnameAt])
                && !FirstNames.ALL.contains(words[surnameAt - 1])) {
            surnameAt--;
        }
        String given = String.join(" ", Arrays.copyOfRange(words, 0, surnameAt));
        String surname = String.join(" ", Arrays.copyOfRange(words, surnameAt, words.length));
        String first = words[0];
        String last = words[words.length - 1];
        add(surname + " " + given, false, false);
        add(surname, false, true);
        // "de La Fontaine" is also written "La Fontaine"; "Van der Berg" keeps its particles
        String[] surnameWords = surname.split(" ");
        for (int w = 1; w < surnameWords.length; w++) {
            add(String.join(" ", Arrays.copyOfRange(surnameWords, w, surnameWords.length)), false, true);
        }
        if (first.length() >= 3) {
            add(first, false, true);
        }
        // short forms: Sam for Samantha, Alex for Alexandre, Sid for Siddharth (first names themselves), and
        // Thandi for Thandiwe (four letters or more, not an ordinary word, a month or a weekday)
        for (int length = 3; length <= 6 && length < first.length() - 1; length++) {
            String shortName = first.substring(0, length);
            if (FirstNames.ALL.contains(shortName)
                    || length >= 4 && !Patterns.NOT_NAMES.contains(shortName) && !FirstNames.COMMON_WORDS.contains(shortName)
                    && !shortName.contains("-")) {
                add(shortName, false, true);
            }
        }
        // the first word of a compound surname alone, as Spanish speakers use it: "Ruiz", "R. Ruiz"
        if (surnameWords0(surname) != null) {
            add(surnameWords0(surname), false, true);
            add(first.charAt(0) + ". " + surnameWords0(surname), false, false);
        }
        if (!given.equals(first)) {
            add(given, false, true);
        }
        String givenInitials = initials(given.split(" "));
        String surnameInitials = initials(Arrays.stream(surnameWords).filter(w -> !isParticle(w))
                .toArray(String[]::new));
        add(first.charAt(0) + ". " + surname, false, false);
        add(first.charAt(0) + "." + surname, false, false);
        add(first.charAt(0) + " " + last, false, true);
        add(first + " " + last.charAt(0) + ".", false, false);
        add(last + " " + first.charAt(0) + ".", false, false);
        if (first.contains("-")) {
            String[] parts = first.split("-");
            add(parts[0].charAt(0) + ".-" + parts[1].charAt(0) + ". " + last, false, false);
            add(parts[0].charAt(0) + "." + parts[1].charAt(0) + ". " + last, false, false);
            add(givenInitials, true, false); // "JP" for Jean-Pierre
        }
        add(givenInitials + surnameInitials, true, false);
        add(first.charAt(0) + surnameInitials, true, false);
        add(String.join(".", (givenInitials + surnameInitials).split("")) + ".", true, false);
        // how people's names turn up as logins and email local parts: jmartin, jeanne.martin
        String bareFirst = first.replace("-", "");
        String bareLast = surname.replace(" ", "").replace("-", "");
        add(first.charAt(0) + bareLast, false, false);
        add(givenInitials.toLowerCase(Locale.ROOT) + "." + bareLast, false, false);
        add(bareFirst + "." + bareLast, false, false);
        add(bareFirst + bareLast, false, false);
        add(bareLast + first.charAt(0), false, false);
        fuzzy(last);
        fuzzy(first);
    }

    /** The first word of a surname of several words when it is itself a name ("ruiz" in "ruiz de la torre"). */
    private static String surnameWords0(String surname) {
        String[] words = surname.split(" ");
        return words.length >= 2 && !isParticle(words[0]) && words[0].length() >= 3 ? words[0] : null;
    }

    /**
     * Particles that belong to the surname, in French, Dutch, German, Iberian, Italian, Arabic ("El Idrissi",
     * "Al Mansouri", "Ben Salah", "Abu", "Ould", "Aït") and Irish ("Ní Bhriain", "Nic", "Mac", "O'").
     */
    private static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "d'", "la", "le", "van", "von", "der", "den",
            "da", "di", "del", "della", "dos", "das", "do", "ten", "ter", "zu", "mac", "o'", "el", "al", "ben", "bin",
            "ibn", "abu", "abi", "ould", "ait", "ni", "nic", "y");

    private void organisationVariants(String name) {
        add(name, false, false);
        String core = OrganisationWords.stripLegalForm(name);
        if (core.isEmpty()) {
            return;
        }
        String[] words = core.split(" ");
        // "Transports Lebrun et Fils" is also "Transports Lebrun"; "Groupe Valmont Assurances" also "Valmont Assurances"
        for (int to = words.length; to >= 1; to--) {
            for (int from = 0; from < to; from++) {
                if (to - from == words.length || to - from >= 2 && (from == 0 || isOrgKeyword(words[from - 1])
                        && from == 1)) {
                    String part = String.join(" ", Arrays.copyOfRange(words, from, to));
                    if (!isConnector(words[to - 1])) {
                        add(part, false, false);
                        add(part.replace(" ", "-"), false, false);
                        add(part.replace(" ", ""), false, false);
                    }
                }
            }
        }
        if (words.length >= 2) {
            add(initials(Arrays.stream(words).filter(w -> !isConnector(w)).toArray(String[]::new)),
                    true, false);
        }
        // firms named after partners go by their initials around the ampersand: "R&S", "M & B"
        int amp = Arrays.asList(words).indexOf("&");
        if (amp > 0 && amp < words.length - 1) {
            char before = words[amp - 1].charAt(0);
            char after = words[amp + 1].charAt(0);
            add(before + "&" + after, true, false);
            add(before + " & " + after, true, false);
        }
        for (String word : words) {
            boolean distinctive = word.length() >= 4 && !isOrgKeyword(word) && !Patterns.NOT_NAMES.contains(word)
                    && !isConnector(word);
            if (distinctive) {
                add(word, false, true); // "Valmont", "Novalis"
                fuzzy(word);
            }
        }
    }

    private static boolean isOrgKeyword(String word) {
        return Patterns.ORG_KEYWORDS.contains(word) || Set.of("editions", "transports", "societe", "cabinet",
                "agence", "atelier", "maison", "laboratoire", "institut", "fondation", "association").contains(word);
    }

    private static boolean isConnector(String word) {
        return Set.of("et", "and", "&", "of", "de", "des", "du", "the", "fils", "cie", "co").contains(word);
    }

    private void add(String variant, boolean upperOnly, boolean capitalised) {
        String v = variant.strip();
        if (v.length() < 2) {
            return;
        }
        Variant existing = variants.get(v);
        if (existing == null || existing.upperOnly && !upperOnly || existing.capitalised && !capitalised) {
            variants.put(v, new Variant(upperOnly, capitalised));
        }
    }

    private void fuzzy(String word) {
        if (word.length() >= 5) {
            fuzzyWords.add(word);
        }
    }

    private static String initials(String[] words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            for (String part : w.split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
                    out.append(part.charAt(0));
                }
            }
        }
        return out.toString();
    }

    static String phoneDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0033")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("33") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits.replaceFirst("^0(\\d{9})$", "0$1").replaceFirst("^330(\\d{9})$", "0$1");
    }

    /** @param upperOnly the variant counts only written in capitals (initials: "JM", "J.M.") */
    record Variant(boolean upperOnly, boolean capitalised) {

        /** Whether the span of the original text is written the way this variant must be. */
        boolean fits(String text, int start, int end) {
            return !(upperOnly && !TextScan.isUpper(text, start, end))
                    && !(capitalised && !TextScan.hasUpper(text, start, end));
        }
    }
}
