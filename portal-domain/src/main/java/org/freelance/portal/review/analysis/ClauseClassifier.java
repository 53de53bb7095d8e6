package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Puts each clause into categories by the words of its heading (strong evidence) and of its body
 * (counted). A clause may belong to several categories ("Prix et modalités de paiement").
 */
final class ClauseClassifier {

    /**
     * Phrases whose words belong to another category than they seem: "règlement des différends" is
     * about disputes, not payment ("règlement"); "règlement intérieur" is house rules. Masked when
     * looking for payment clauses only.
     */
    private static final Pattern FALSE_FRIENDS = Pattern.compile("reglement (?=des (?:differends|litiges|"
            + "contestations)|amiable|interieur)");

    private static final int BODY_THRESHOLD = 2;
    private static final int BODY_THRESHOLD_WITH_HEADING = 3;

    private ClauseClassifier() {
    }

    static List<Clause> classify(ContractText text, List<Clause> clauses) {
        List<Clause> classified = new ArrayList<>(clauses.size());
        List<String> headings = effectiveHeadings(clauses);
        for (Clause clause : clauses) {
            classified.add(new Clause(clause.index(), clause.number(), clause.heading(), clause.start(),
                    clause.end(), categories(text, clause, headings.get(clause.index()))));
        }
        return classified;
    }

    /**
     * The heading that governs each clause: its own, or for a sub-clause without one ("8.2 En
     * contrepartie...") the heading of its parent ("8. NON-CONCURRENCE"), the nearest earlier clause
     * whose number is a prefix of its number.
     */
    static List<String> effectiveHeadings(List<Clause> clauses) {
        List<String> headings = new ArrayList<>(clauses.size());
        Map<String, String> byNumber = new HashMap<>();
        for (Clause clause : clauses) {
            String heading = clause.heading();
            String number = clause.number();
            if (heading.isBlank() && number.contains(".")) {
                String parent = number;
                while (heading.isBlank() && parent.contains(".")) {
                    parent = parent.substring(0, parent.lastIndexOf('.'));
                    heading = byNumber.getOrDefault(parent, "");
                }
            }
            if (!number.isEmpty()) {
                byNumber.put(number, heading);
            }
            headings.add(heading);
        }
        return headings;
    }

    private static Set<ClauseCategory> categories(ContractText text, Clause clause, String effectiveHeading) {
        String foldedHeading = ContractText.fold(effectiveHeading);
        String foldedBody = text.folded(clause.start(), clause.end());
        String paymentHeading = FALSE_FRIENDS.matcher(foldedHeading).replaceAll(" ");
        String paymentBody = FALSE_FRIENDS.matcher(foldedBody).replaceAll(" ");
        Set<ClauseCategory> fromHeading = EnumSet.noneOf(ClauseCategory.class);
        Map<ClauseCategory, Integer> bodyCounts = new EnumMap<>(ClauseCategory.class);
        for (ClauseCategory category : ClauseCategory.values()) {
            boolean payment = category == ClauseCategory.PAYMENT_TERMS;
            String heading = payment ? paymentHeading : foldedHeading;
            String body = payment ? paymentBody : foldedBody;
            for (String keyword : category.keywords()) {
                if (!heading.isEmpty() && containsWord(heading, keyword)) {
                    fromHeading.add(category);
                }
                int count = countWord(body, keyword);
                if (count > 0) {
                    bodyCounts.merge(category, count, Integer::sum);
                }
            }
        }
        Set<ClauseCategory> result = EnumSet.noneOf(ClauseCategory.class);
        result.addAll(fromHeading);
        int threshold = fromHeading.isEmpty() ? BODY_THRESHOLD : BODY_THRESHOLD_WITH_HEADING;
        bodyCounts.forEach((category, count) -> {
            if (count >= threshold) {
                result.add(category);
            }
        });
        if (result.isEmpty() && clause.index() > 0) {
            bodyCounts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .ifPresent(best -> result.add(best.getKey()));
        }
        return result;
    }

    static boolean containsWord(String folded, String keyword) {
        return indexOfWord(folded, keyword, 0) >= 0;
    }

    static int countWord(String folded, String keyword) {
        int count = 0;
        int from = 0;
        while (true) {
            int at = indexOfWord(folded, keyword, from);
            if (at < 0) {
                return count;
            }
            count++;
            from = at + keyword.length();
        }
    }

    /** A match must start a word; it may end inside one ("invoic" finds "invoicing"). */
    static int indexOfWord(String folded, String keyword, int from) {
        int at = folded.indexOf(keyword, from);
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                return at;
            }
            at = folded.indexOf(keyword, at + 1);
        }
        return -1;
    }
}
