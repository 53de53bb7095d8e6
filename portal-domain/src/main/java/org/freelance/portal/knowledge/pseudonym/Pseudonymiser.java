package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.Folding;

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

    /** A courtesy title right before a name: the name's pseudonym replaces it too. */
    private static final Pattern TITLE_BEFORE = Pattern.compile("(?<![\\p{L}.])(?:M\\.|MM\\.|Mme|Mmes|Mlle|Monsieur|Madame|"
            + "Mademoiselle|Mr\\.?|Mrs\\.?|Ms\\.?|Mx\\.?|Dr\\.?|Docteur|Me|Maître|Prof\\.?|Professeur|Sr\\.|Sra\\.|Herr|Frau|"
            + "Pan|Pani)[ \\u00a0]$");

    public Pseudonymiser() {
    }

    /** A session for one article; the language of labels ("Client A" / "Personne B") follows the first text. */
    public Session session(List<KnownParty> parties) {
        return new Session(parties == null ? List.of() : parties, null);
    }

    /** A session with the labels' language given ("fr" or "en"). */
    public Session session(List<KnownParty> parties, String language) {
        return new Session(parties == null ? List.of() : parties,
                "en".equals(language) ? PseudonymBook.Lang.EN : PseudonymBook.Lang.FR);
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

    /** The pseudonymisation state of one article. */
    public static final class Session {

        private final PseudonymBook book;
        private final KnownPartyFinder knownParties;
        private final IdentifierFinder identifiers;
        private final NameFinder names;

        private Session(List<KnownParty> known, PseudonymBook.Lang lang) {
            List<KnownParty> parties = new ArrayList<>();
            for (KnownParty party : known) {
                if (party != null && party.name() != null && !party.name().isBlank()) {
                    parties.add(party);
                }
            }
            book = new PseudonymBook(parties, lang);
            knownParties = new KnownPartyFinder(parties);
            identifiers = new IdentifierFinder(knownParties, book);
            names = new NameFinder(book);
        }

        /** Finds and replaces identifying data in one text of the article. */
        public PseudonymisedText apply(String text) {
            if (text == null || text.isEmpty()) {
                return new PseudonymisedText(text == null ? "" : text, text == null ? "" : text, List.of());
            }
            book.settleLanguage(text);
            String folded = Folding.fold(text);
            List<Candidate> candidates = new ArrayList<>();
            Windows windows = new Windows(text, folded);
            knownParties.find(text, folded, candidates);
            identifiers.find(text, windows, candidates);
            names.find(text, folded, windows, candidates);
            List<Replacement> chosen = new ArrayList<>();
            int previousEnd = 0;
            Matcher title = TITLE_BEFORE.matcher(text);
            for (Candidate c : OverlapResolver.resolve(text, candidates)) {
                String replacement = c.replacement() != null ? c.replacement() : book.nameFor(c) + c.suffix();
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
    }
}
