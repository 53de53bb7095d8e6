package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.Folding;
import org.freelance.portal.review.analysis.ContractLanguage;
import org.freelance.portal.review.analysis.LanguageDetector;

/**
 * Replaces identifying data in the texts of one article, consistently: the same person or company
 * gets the same pseudonym in every field of the article. Use one {@link Session} per article.
 *
 * <p>Three layers, strongest first: the case's known parties and their variants (case, accents,
 * initials, possessives, the local part of an email, one-letter typos); identifiers by pattern
 * (emails, phones, IBAN, SIREN/SIRET, URLs, postal addresses; full dates become month and year,
 * amounts become a range); other names by heuristics (titles, legal forms, first names, capitalised
 * sequences). Where spans overlap, the stronger layer and then the longer span wins.
 */
public final class Pseudonymiser {

    private static final Pattern OF = Pattern.compile("[ \\u00a0](?:of|de|du|chez|at|from)[ \\u00a0]");
    /** A courtesy title right before a name: the name's pseudonym replaces it too. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}.])(?:M\\.|MM\\.|Mme|Mmes|Mlle|Monsieur|Madame|"
            + "Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Mx\\.?|Dr\\.?|Docteur|Me|Maître|Prof\\.?|Professeur|Sr\\.|Sra\\.|Herr|Frau|"
            + "Pan|Pani)[ \\u00a0]$");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\d{1,3}(?:st|nd|rd|th|e|er|ème)[ ]$");
    private static final Pattern TYPO_CANDIDATE_SHORT = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]+(?![\\p{L}])");
    private static final Pattern TYPO_CANDIDATE = Pattern.compile("\\p{Lu}[\\p{L}'’-]{4,}");

    public Pseudonymiser() {
    }

    /** A session for one article; the language of labels ("Client A" / "Personne B") follows the first text. */
    public Session session(List<KnownParty> parties) {
        return new Session(parties == null ? List.of() : parties, null);
    }

    /** A session with the labels' language given ("fr" or "en"). */
    public Session session(List<KnownParty> parties, String language) {
        return new Session(parties == null ? List.of() : parties, "en".equals(language) ? Lang.EN : Lang.FR);
    }

    /**
     * Rebuilds a text from its original and the replacements the reviewer kept (some undone, some
     * added by hand). Overlapping replacements are ignored after the first.
     */
    public static String render(String original, List<Replacement> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::start));
        StringBuilder out = new StringBuilder(original.length());
        int at = 0;
        for (Replacement r : sorted) {
            if (r.start() < at || r.end() > original.length()) {
                continue;
            }
            out.append(original, at, r.start()).append(r.replacement());
            at = r.end();
        }
        return out.append(original.substring(at)).toString();
    }

    enum Lang { FR, EN }

    /** The pseudonymisation state of one article. */
    public final class Session {

        private final List<PartyVariants> parties = new ArrayList<>();
        private final Map<String, String> pseudonyms = new HashMap<>();
        /** Surnames of people found by heuristics, so "Durand" alone later gets Paul Durand's pseudonym. */
        private final Map<String, String> surnames = new HashMap<>();
        /** First names of people found, so "Sophie" alone later gets Sophie Lambert's pseudonym. */
        private final Map<String, String> givenNames = new HashMap<>();
        /** Nicknames given in quotes after a name ("Venkatesh Iyer (\"Venky\")"), with the candidate they stand for. */
        private final Map<String, Candidate> nicknames = new HashMap<>();
        /** Distinctive words of organisations found, so "Nortia" alone later gets Grupo Nortia's pseudonym. */
        private final Map<String, String> organisationWords = new HashMap<>();
        /** Each party variant under its first word, longest first, to match at word starts only. */
        private final Map<String, List<String>> variantsByFirstWord = new HashMap<>();
        private final Set<Integer> fuzzyLengths = new HashSet<>();
        private Lang lang;
        private int letters;

        private Session(List<KnownParty> known, Lang lang) {
            this.lang = lang;
            for (KnownParty party : known) {
                if (party != null && party.name() != null && !party.name().isBlank()) {
                    parties.add(new PartyVariants(party));
                }
            }
            for (PartyVariants p : parties) {
                for (String variant : p.variants.keySet()) {
                    variantsByFirstWord.computeIfAbsent(firstToken(variant), k -> new ArrayList<>()).add(variant);
                    fuzzyLengths.addAll(p.fuzzyWords.stream().map(String::length).toList());
                }
            }
            variantsByFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
        }

        /** The pseudonym given to each original name so far (known parties and names found). */
        public Map<String, String> pseudonyms() {
            return Map.copyOf(pseudonyms);
        }

        /** Finds and replaces identifying data in one text of the article. */
        public PseudonymisedText apply(String text) {
            if (text == null || text.isEmpty()) {
                return new PseudonymisedText(text == null ? "" : text, text == null ? "" : text, List.of());
            }
            if (lang == null) {
                lang = LanguageDetector.of(text) == ContractLanguage.EN ? Lang.EN : Lang.FR;
            }
            String folded = Folding.fold(text);
            List<Candidate> candidates = new ArrayList<>();
            Windows windows = new Windows(text, folded);
            knownParties(text, folded, candidates);
            structured(text, windows, candidates);
            names(text, folded, windows, candidates);
            nicknames(text, folded, candidates);
            List<Replacement> chosen = new ArrayList<>();
            int previousEnd = 0;
            Matcher title = TITLE_BEFORE.matcher(text);
            for (Candidate c : OverlapResolver.resolve(text, candidates)) {
                String replacement = c.replacement() != null ? c.replacement() : nameFor(c) + c.suffix();
                // "M. Lambert" becomes "Personne B", not "M. Personne B": the pseudonym stands for the title too
                int start = c.start();
                if (c.replacement() == null && c.kind() != EntityKind.ORGANISATION && start >= 3
                        && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\u00a0')) {
                    title.region(Math.max(previousEnd, start - 14), start);
                    if (title.find()) {
                        start = title.start();
                    }
                }
                replacement = ReplacementGrammar.fitted(text, start, replacement);
                chosen.add(new Replacement(start, c.end(), text.substring(start, c.end()), replacement, c.kind()));
                previousEnd = c.end();
            }
            return new PseudonymisedText(text, render(text, chosen), chosen);
        }

        /** The pseudonym of a chosen name candidate, consistent across the article. */
        private String nameFor(Candidate c) {
            if (c.kind() == EntityKind.KNOWN_PARTY) {
                return pseudonymOf(parties.get(Integer.parseInt(c.key())));
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

        // --- layer 1: known parties ----------------------------------------------------------------

        private void knownParties(String text, String folded, List<Candidate> out) {
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
                            PartyVariants p = ownerOfVariant(variant, text, i, end);
                            int stop = TextScan.possessiveEnd(text, end);
                            out.add(Candidate.named(i, stop, EntityKind.KNOWN_PARTY, 0, String.valueOf(parties.indexOf(p)),
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

        private PartyVariants ownerOfVariant(String variant, String text, int start, int end) {
            List<PartyVariants> peopleFirst = new ArrayList<>(parties);
            peopleFirst.sort(Comparator.comparing(p -> p.party.organisation()));
            for (PartyVariants p : peopleFirst) {
                PartyVariants.Variant v = p.variants.get(variant);
                if (v != null && v.fits(text, start, end)) {
                    return p;
                }
            }
            throw new IllegalStateException("variant without owner");
        }

        // --- layer 2: identifiers -------------------------------------------------------------------

        private void structured(String text, Windows windows, List<Candidate> out) {
            Windows.find(Patterns.EMAIL, text, windows.at, m -> {
                PartyVariants owner = ownerOfEmail(m.group());
                out.add(owner == null
                        ? new Candidate(m.start(), m.end(), EntityKind.EMAIL, 1, label("[e-mail]", "[email]"))
                        : new Candidate(m.start(), m.end(), EntityKind.KNOWN_PARTY, 0,
                                label("[e-mail de " + pseudonymOf(owner) + "]", "[" + pseudonymOf(owner) + "'s email]")));
            });
            Windows.find(Patterns.URL, text, windows.dots, m -> {
                int end = TextScan.trimTrailingPunctuation(text, m.start(), m.end());
                out.add(new Candidate(m.start(), end, EntityKind.URL, 2, label("[site web]", "[website]")));
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
                PartyVariants owner = ownerOfPhone(m.group());
                out.add(owner == null
                        ? new Candidate(m.start(), m.end(), EntityKind.PHONE, 4, label("[téléphone]", "[phone]"))
                        : new Candidate(m.start(), m.end(), EntityKind.KNOWN_PARTY, 0,
                                label("[téléphone de " + pseudonymOf(owner) + "]", "[" + pseudonymOf(owner) + "'s phone]")));
            });
            if (parties.stream().anyMatch(p -> !p.phoneEndings.isEmpty())) {
                // a party's number in a format no phone pattern knows: "91 555 08 21", "098450 12345"
                Windows.anchored(Patterns.DIGIT_GROUPS, text, windows.numberStarts, 30, m -> {
                    if (m.group().replaceAll("\\D", "").length() >= 8) {
                        PartyVariants owner = ownerOfPhone(m.group());
                        if (owner != null) {
                            out.add(new Candidate(m.start(), m.end(), EntityKind.KNOWN_PARTY, 0, label("[téléphone de "
                                    + pseudonymOf(owner) + "]", "[" + pseudonymOf(owner) + "'s phone]")));
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
                    out.add(new Candidate(run[0], run[1], EntityKind.POSTAL_ADDRESS, 5, label("[adresse]", "[address]")));
                    addressEnd = run[1];
                }
            }
            Windows.anchored(Patterns.DATE, text, windows.numberStarts, 60, m -> {
                String replacement = Dates.monthAndYear(m, lang == Lang.EN);
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
                String replacement = Amounts.range(m, lang == Lang.EN);
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
            return new Candidate(s, e, EntityKind.POSTAL_ADDRESS, 5, label("[adresse]", "[address]"));
        }

        // --- layer 3: other names -------------------------------------------------------------------

        private void names(String text, String folded, Windows windows, List<Candidate> out) {
            Windows.anchored(Patterns.ORG_WITH_FORM, text, windows.legalFormStarts, 160, m -> {
                int start = m.start();
                Matcher of = OF.matcher(text).region(m.start(), m.end());
                if (of.find() && startsWithPerson(folded, m.start(), of.start())) {
                    start = of.end();
                }
                if (!allNotNames(folded, start, m.end())) {
                    out.add(organisation(text, folded, start, m.end(), 7));
                }
            });
            Windows.find(Patterns.ORG_AMPERSAND, text, windows.ampersands, m -> {
                if (!allNotNames(folded, m.start(), m.end())) {
                    out.add(organisation(text, folded, m.start(), m.end(), 9));
                }
            });
            Windows.anchored(Patterns.ORG_AFTER_NOUN, text, windows.orgNounStarts, 100, m -> {
                // a capitalised noun is part of the name: "Cabinet Fauré & Associés"
                int start = Character.isUpperCase(text.charAt(m.start())) ? m.start() : m.start("name");
                int end = m.end("name");
                if (!allNotNames(folded, start, end)) {
                    out.add(organisation(text, folded, start, end, 8));
                }
            });
            Windows.anchored(Patterns.TITLED_PERSON, text, windows.titleStarts, 100, m -> {
                int start = m.start("name");
                int end = m.end("name");
                String name = folded.substring(start, end);
                if (!name.startsWith("le ") && !name.startsWith("la ")
                        && !Patterns.NOT_NAMES.contains(firstWord(name))) {
                    out.add(person(text, folded, start, end, 8));
                }
            });
            Windows.anchored(Patterns.INITIAL_SURNAME, text, windows.initialStarts, 50, m -> {
                String surname = folded.substring(m.start("surname"), m.end("surname"));
                boolean monsieur = text.startsWith("M. ", m.start()) || text.startsWith("M.\u00a0", m.start());
                if (!monsieur && !Patterns.NOT_NAMES.contains(surname)) {
                    out.add(person(text, folded, m.start(), m.end(), 9));
                }
            });
            Matcher m = Patterns.NAME_SEQUENCE.matcher(text);
            while (m.find()) {
                sequence(text, folded, m.start(), m.end(), out);
            }
        }

        /**
         * A run of capitalised words: a person if it starts with a first name (or ends with one after a surname in
         * capitals), if a role or a speech verb introduces it, or if it is a pair of name-like words in mid-sentence;
         * an organisation if it holds an organisation word; a surname or an organisation's word seen before.
         */
        private void sequence(String text, String folded, int start, int end, List<Candidate> out) {
            List<int[]> words = TextScan.wordSpans(text, start, end);
            // skip leading words that are not names ("Hier Jeanne Martin" -> "Jeanne Martin")
            int first = 0;
            while (first < words.size() && isNotName(folded, words.get(first))) {
                first++;
            }
            if (first == words.size()) {
                return;
            }
            int from = words.get(first)[0];
            List<int[]> rest = words.subList(first, words.size());
            String firstWord = folded.substring(rest.get(0)[0], rest.get(0)[1]);
            boolean organisationWord = rest.stream().anyMatch(w -> Patterns.ORG_KEYWORDS.contains(
                    folded.substring(w[0], w[1])));
            if (organisationWord && rest.size() >= 2) {
                out.add(organisation(text, folded, from, end, 10));
                return;
            }
            if (rest.size() == 1 && TextScan.isCamelCase(text, rest.get(0)[0], rest.get(0)[1])) {
                out.add(organisation(text, folded, rest.get(0)[0], rest.get(0)[1], 12)); // "PayNorth"
                return;
            }
            // "São Paulo", "San Francisco": a place, though Paulo and Francisco are first names
            boolean place = Patterns.PLACE_FIRST_WORDS.contains(firstWord) && rest.size() >= 2;
            if (FirstNames.isFirstName(firstWord) && !place) {
                int to = from;
                for (int[] w : rest) {
                    if (w != rest.get(0) && isNotName(folded, w)) {
                        break;
                    }
                    to = w[1];
                }
                if (to == rest.get(0)[1] && readsAsCommonWord(text, folded, firstWord, from, to, out)) {
                    return;
                }
                out.add(person(text, folded, from, to, 11));
                return;
            }
            if (rest.size() >= 2 && TextScan.isUpper(text, rest.get(0)[0], rest.get(0)[1])
                    && FirstNames.isFirstName(folded.substring(rest.get(1)[0], rest.get(1)[1]))) {
                out.add(person(text, folded, from, rest.get(1)[1], 11)); // MARTIN Jeanne
                return;
            }
            // a surname seen before, family name first: "Ms Watanabe" then "Watanabe Yui"
            if (rest.size() == 2 && knownSurname(out, firstWord) && nameLike(text, folded, rest.get(1))) {
                out.add(person(text, folded, from, rest.get(1)[1], 12));
                return;
            }
            if (!place && rest.size() >= 2 && rest.size() <= 4 && rest.stream().allMatch(w -> nameLike(text, folded, w))) {
                int to = rest.getLast()[1];
                // introduced by a role or a speech verb: "the COO, Pieter du Plessis", "Ngozi Okafor, experte de..."
                if (introducedAsPerson(text, from, to)) {
                    out.add(person(text, folded, from, to, 12));
                    return;
                }
                // two name-like capitalised words in mid-sentence, none of them a common, product or place word
                if (rest.size() == 2 && !TextScan.atSentenceStart(text, from) && !TextScan.isUpper(text, from, to)) {
                    out.add(person(text, folded, from, to, 13));
                    return;
                }
            }
            for (int[] w : rest) {
                String word = folded.substring(w[0], w[1]);
                if (knownSurname(out, word)) {
                    out.add(person(text, folded, w[0], w[1], 12));
                } else {
                    String organisation = knownOrganisationWord(out, word);
                    if (organisation != null) {
                        out.add(Candidate.named(w[0], TextScan.possessiveEnd(text, w[1]), EntityKind.ORGANISATION, 12,
                                organisation, text.substring(w[1], TextScan.possessiveEnd(text, w[1]))));
                    }
                }
            }
        }

        private boolean knownSurname(List<Candidate> out, String word) {
            return surnames.containsKey(word) || pendingSurnames(out, word);
        }

        /** An organisation whose distinctive word this is, found earlier in the article or in this text. */
        private String knownOrganisationWord(List<Candidate> out, String word) {
            if (!OrganisationWords.isDistinctive(word)) {
                return null;
            }
            String key = organisationWords.get(word);
            if (key != null) {
                return key;
            }
            for (Candidate c : out) {
                if (c.kind() == EntityKind.ORGANISATION && c.key() != null && c.key().contains(" ")
                        && (" " + c.key() + " ").contains(" " + word + " ")) {
                    return c.key();
                }
            }
            return null;
        }

        /**
         * A word that is both a first name and a common word ("Mark", "Grace", "Grâce") standing alone at the start of
         * a sentence, followed by a word in lower case, reads as the common word ("Mark every due date", "Grâce au
         * dossier") unless the article already named someone so.
         */
        private boolean readsAsCommonWord(String text, String folded, String word, int start, int end,
                List<Candidate> out) {
            if (!FirstNames.COMMON_WORDS.contains(word) || !TextScan.atSentenceStart(text, start) || !TextScan.nextWordIsLowerCase(text, end)) {
                return false;
            }
            if (givenNames.containsKey(word) || surnames.containsKey(word) || nicknames.containsKey(word)) {
                return false;
            }
            for (Candidate c : out) {
                if (c.kind() == EntityKind.PERSON && c.key() != null && c.key().startsWith(word + " ")) {
                    return false;
                }
            }
            return true;
        }

        /** Capitalised, at least two letters, and neither a common word, a product, an organisation word nor a month. */
        private boolean nameLike(String text, String folded, int[] w) {
            String word = folded.substring(w[0], w[1]);
            return w[1] - w[0] >= 2 && Character.isUpperCase(text.charAt(w[0])) && !Patterns.NOT_NAMES.contains(word)
                    && !Patterns.ORG_KEYWORDS.contains(word) && !Patterns.PLACE_FIRST_WORDS.contains(word)
                    && !FirstNames.COMMON_WORDS.contains(word) && !OrganisationWords.isLegalForm(word);
        }

        /** Nicknames in quotes after a name stand for that name, here and in the article's later texts. */
        private void nicknames(String text, String folded, List<Candidate> candidates) {
            Matcher m = Patterns.NICKNAME.matcher(text);
            m.useTransparentBounds(true);
            for (Candidate c : List.copyOf(candidates)) {
                if ((c.kind() == EntityKind.PERSON || c.kind() == EntityKind.KNOWN_PARTY) && c.key() != null
                        && c.replacement() == null && c.end() < text.length()) {
                    int to = Math.min(text.length(), c.end() + 60);
                    m.region(c.end(), to);
                    if (TextScan.hasQuote(text, c.end(), to) && m.lookingAt()) {
                        String nick = folded.substring(m.start("nick"), m.end("nick"));
                        if (!Patterns.NOT_NAMES.contains(nick)) {
                            nicknames.putIfAbsent(nick, c);
                        }
                    }
                }
            }
            if (nicknames.isEmpty()) {
                return;
            }
            Matcher words = TYPO_CANDIDATE_SHORT.matcher(text);
            while (words.find()) {
                Candidate named = nicknames.get(folded.substring(words.start(), words.end()));
                if (named != null) {
                    int stop = TextScan.possessiveEnd(text, words.end());
                    candidates.add(Candidate.named(words.start(), stop, named.kind(),
                            named.kind() == EntityKind.KNOWN_PARTY ? 0 : 8, named.key(), text.substring(words.end(), stop)));
                }
            }
        }

        /** A surname already seen in this text as part of a longer name (not yet given a pseudonym). */
        private boolean pendingSurnames(List<Candidate> out, String word) {
            for (Candidate c : out) {
                if (c.kind() == EntityKind.PERSON && c.key() != null
                        && (c.key().endsWith(" " + word) || c.key().equals(word) && !FirstNames.isFirstName(word))) {
                    return true;
                }
            }
            return false;
        }

        private Candidate person(String text, String folded, int start, int end, int priority) {
            int stop = TextScan.possessiveEnd(text, end);
            return Candidate.named(start, stop, EntityKind.PERSON, priority, normaliseName(folded.substring(start, end)),
                    text.substring(end, stop));
        }

        private Candidate organisation(String text, String folded, int start, int end, int priority) {
            // leading words that are not names: "DSI de Gamma Industries SARL" is "Gamma Industries SARL"
            List<int[]> words = TextScan.wordSpans(text, start, end);
            int from = start;
            for (int[] w : words) {
                String word = folded.substring(w[0], w[1]);
                if (!Patterns.NOT_NAMES.contains(word) || w == words.getLast()) {
                    from = w[0];
                    break;
                }
            }
            int stop = TextScan.possessiveEnd(text, end);
            return Candidate.named(from, stop, EntityKind.ORGANISATION, priority,
                    normaliseName(OrganisationWords.stripLegalForm(folded.substring(from, end))), text.substring(end, stop));
        }

        private String pseudonymOf(PartyVariants party) {
            return pseudonyms.computeIfAbsent("party:" + parties.indexOf(party), k -> {
                if (party.party.alias() != null && !party.party.alias().isBlank()) {
                    return party.party.alias().strip();
                }
                return roleLabel(party.party) + " " + nextLetter();
            });
        }

        private String roleLabel(KnownParty party) {
            boolean en = lang == Lang.EN;
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

        private String label(String french, String english) {
            return lang == Lang.EN ? english : french;
        }

        private PartyVariants ownerOfEmail(String email) {
            String lower = email.toLowerCase(Locale.ROOT);
            for (PartyVariants p : parties) {
                if (p.emails.contains(lower)) {
                    return p;
                }
            }
            return null;
        }

        /** The party whose phone this is, compared on the last eight digits so that national and international forms meet. */
        private PartyVariants ownerOfPhone(String phone) {
            String digits = PartyVariants.phoneDigits(phone);
            String all = phone.replaceAll("\\D", "");
            String ending = all.length() >= 8 ? all.substring(all.length() - 8) : null;
            for (PartyVariants p : parties) {
                if (p.phones.contains(digits) || ending != null && p.phoneEndings.contains(ending)) {
                    return p;
                }
            }
            return null;
        }

        /** A title or a first name opens the span: it names a person, not the firm that follows. */
        private boolean startsWithPerson(String folded, int start, int end) {
            String first = firstWord(folded.substring(start, end)).replace(".", "");
            return Set.of("m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "monsieur", "madame", "miss", "sir")
                    .contains(first) || FirstNames.isFirstName(first);
        }

        private boolean isNotName(String folded, int[] word) {
            return Patterns.NOT_NAMES.contains(folded.substring(word[0], word[1]));
        }
    }

    /** A role word or a speech verb next to the name: "the COO, Pieter du Plessis", "Lindiwe Mokoena, a community member". */
    private static boolean introducedAsPerson(String text, int start, int end) {
        Matcher before = Patterns.ROLE_BEFORE.matcher(text);
        before.region(Math.max(0, start - 60), start);
        if (before.find()) {
            return true;
        }
        Matcher after = Patterns.ROLE_AFTER.matcher(text);
        after.useTransparentBounds(true);
        after.region(end, Math.min(text.length(), end + 60));
        return after.lookingAt();
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

    private static boolean allNotNames(String folded, int start, int end) {
        for (String word : folded.substring(start, end).split("[^\\p{L}\\d]+")) {
            if (!word.isEmpty() && !Patterns.NOT_NAMES.contains(word) && !OrganisationWords.isLegalForm(word)) {
                return false;
            }
        }
        return true;
    }

    private static String normaliseName(String folded) {
        return folded.replaceAll("[’']s\\b", "").replaceAll("[^\\p{L}\\d-]+", " ").strip();
    }

    private static String firstWord(String folded) {
        String[] words = folded.strip().split("[\\s]+");
        return words.length == 0 ? "" : words[0];
    }
}
