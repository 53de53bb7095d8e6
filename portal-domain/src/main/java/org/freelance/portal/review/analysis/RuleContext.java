package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.freelance.portal.review.analysis.ContractText.Sentence;

/**
 * One contract as the rules read it (its sentences located in their clauses, the heading that
 * governs each clause, who is who) and the findings they raise on it. Built once per analysis.
 */
final class RuleContext {

    private final ContractText text;
    private final List<String> headings;
    private final PartyNames parties;
    private final List<LocatedSentence> sentences;
    private final FindingTexts texts;
    private final List<Finding> findings = new ArrayList<>();

    RuleContext(ContractText text, List<Clause> clauses, FindingTexts texts) {
        this.text = text;
        this.texts = texts;
        this.headings = ClauseClassifier.effectiveHeadings(clauses).stream().map(ContractText::fold).toList();
        this.parties = new PartyNames(text.folded());
        this.sentences = locate(text, clauses);
    }

    private static List<LocatedSentence> locate(ContractText text, List<Clause> clauses) {
        List<LocatedSentence> all = new ArrayList<>();
        for (Clause clause : clauses) {
            for (Sentence sentence : text.sentences(clause.start(), clause.end())) {
                all.add(new LocatedSentence(clause, sentence, oneLine(text.folded(sentence.start(), sentence.end()))));
            }
        }
        return List.copyOf(all);
    }

    ContractText text() {
        return text;
    }

    PartyNames parties() {
        return parties;
    }

    /** Every sentence of the contract, clause after clause. */
    List<LocatedSentence> sentences() {
        return sentences;
    }

    /** Sentences of the clauses of this category (by heading) and, elsewhere, those matching the trigger. */
    List<LocatedSentence> zone(ClauseCategory category, Pattern trigger) {
        List<LocatedSentence> zone = new ArrayList<>();
        for (LocatedSentence s : sentences) {
            boolean inClause = s.clause().categories().contains(category) && !heading(s.clause()).isEmpty();
            if (inClause || trigger.matcher(s.folded()).find()) {
                zone.add(s);
            }
        }
        return zone;
    }

    /** The folded heading that governs the clause: its own, or its parent's for a sub-clause without one. */
    String heading(Clause clause) {
        return headings.get(clause.index());
    }

    /** A sentence that is only the heading line of its clause ("ARTICLE 9 – NON-CONCURRENCE"). */
    boolean isHeadingLine(LocatedSentence s) {
        Clause clause = s.clause();
        if (clause.heading().isBlank() || s.sentence().start() != clause.start()) {
            return false;
        }
        int lineEnd = text.original().indexOf('\n', clause.start());
        return lineEnd < 0 || s.sentence().end() <= lineEnd;
    }

    boolean headingHas(Clause clause, String[] words) {
        return mayContain(heading(clause), words);
    }

    /** Raises the finding, quoting the sentence; a null sentence raises it as a missing clause. */
    void add(FindingType type, LocatedSentence where) {
        if (where == null) {
            addMissing(type);
            return;
        }
        int start = where.sentence().start();
        int end = where.sentence().end();
        findings.add(new Finding(type, type.severity(), type.category(), where.clause().index(), start, end,
                text.original(start, end), texts.explanation(type, ContractLanguage.FR),
                texts.explanation(type, ContractLanguage.EN), texts.rewrite(type, ContractLanguage.FR),
                texts.rewrite(type, ContractLanguage.EN)));
    }

    /** Raises the finding unless a finding of this type is already raised. */
    void addOnce(FindingType type, LocatedSentence where) {
        if (findings.stream().noneMatch(f -> f.type() == type)) {
            add(type, where);
        }
    }

    /** Raises the finding with nothing to quote: the point is a clause the contract lacks. */
    void addMissing(FindingType type) {
        findings.add(new Finding(type, type.severity(), type.category(), -1, -1, -1, "",
                texts.explanation(type, ContractLanguage.FR), texts.explanation(type, ContractLanguage.EN),
                texts.rewrite(type, ContractLanguage.FR), texts.rewrite(type, ContractLanguage.EN)));
    }

    List<Finding> findings() {
        return findings;
    }

    /**
     * The folded sentence with every run of white space (line breaks of hard-wrapped text included)
     * turned into one space, so that phrases match whatever the line breaks. Quotes use the sentence
     * offsets, never positions in this string.
     */
    static String oneLine(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }

    /**
     * Whether the folded text contains one of the words: a cheap test, run before a costly pattern
     * every alternative of which contains one of the words (a sentence without any cannot match it).
     */
    static boolean mayContain(String folded, String[] words) {
        for (String word : words) {
            if (folded.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static Optional<LocatedSentence> firstMatching(List<LocatedSentence> sentences, Predicate<LocatedSentence> test) {
        return sentences.stream().filter(test).findFirst();
    }
}
