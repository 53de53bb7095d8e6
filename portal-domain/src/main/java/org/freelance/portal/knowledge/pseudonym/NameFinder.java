package org.freelance.portal.knowledge.pseudonym;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The third layer: other people's and organisations' names by heuristics (courtesy titles, legal forms,
 * organisation nouns, first names, capitalised sequences introduced by a role), surnames and organisation
 * words seen earlier in the article, and nicknames given in quotes after a name.
 */
final class NameFinder {

    private static final Pattern OF = Pattern.compile("[ \\u00a0](?:of|de|du|chez|at|from)[ \\u00a0]");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}])\\p{Lu}[\\p{L}'’-]+(?![\\p{L}])");

    private final PseudonymBook book;
    /** Nicknames given in quotes after a name ("Venkatesh Iyer (\"Venky\")"), with the candidate they stand for. */
    private final Map<String, Candidate> nicknames = new HashMap<>();

    NameFinder(PseudonymBook book) {
        this.book = book;
    }

    /** Adds the names found in the text, after the candidates of the stronger layers, which it reads. */
    void find(String text, String folded, Windows windows, List<Candidate> candidates) {
        names(text, folded, windows, candidates);
        nicknames(text, folded, candidates);
    }

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
        return book.hasSurname(word) || pendingSurnames(out, word);
    }

    /** An organisation whose distinctive word this is, found earlier in the article or in this text. */
    private String knownOrganisationWord(List<Candidate> out, String word) {
        if (!OrganisationWords.isDistinctive(word)) {
            return null;
        }
        String key = book.organisationWithWord(word);
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
        if (!FirstNames.COMMON_WORDS.contains(word) || !TextScan.atSentenceStart(text, start)
                || !TextScan.nextWordIsLowerCase(text, end)) {
            return false;
        }
        if (book.hasGivenName(word) || book.hasSurname(word) || nicknames.containsKey(word)) {
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
        Matcher words = CAPITALISED_WORD.matcher(text);
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

    /** A title or a first name opens the span: it names a person, not the firm that follows. */
    private boolean startsWithPerson(String folded, int start, int end) {
        String first = firstWord(folded.substring(start, end)).replace(".", "");
        return Set.of("m", "mme", "mlle", "mr", "mrs", "ms", "dr", "me", "monsieur", "madame", "miss", "sir")
                .contains(first) || FirstNames.isFirstName(first);
    }

    private boolean isNotName(String folded, int[] word) {
        return Patterns.NOT_NAMES.contains(folded.substring(word[0], word[1]));
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
