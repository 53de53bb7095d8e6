package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts each clause into categories by the words of its heading (strong evidence) and of its body
 * (counted). A clause may belong to several categories ("Prix et modalités de paiement").
 */
final class ClauseClassifier {

    private static final int BODY_THRESHOLD = 2;
    private static final int BODY_THRESHOLD_WITH_HEADING = 3;

    private ClauseClassifier() {
    }

    static List<Clause> classify(ContractText text, List<Clause> clauses) {
        List<Clause> classified = new ArrayList<>(clauses.size());
        for (Clause clause : clauses) {
            classified.add(new Clause(clause.index(), clause.number(), clause.heading(), clause.start(),
                    clause.end(), categories(text, clause)));
        }
        return classified;
    }

    private static Set<ClauseCategory> categories(ContractText text, Clause clause) {
        String heading = ContractText.fold(clause.heading());
        String body = text.folded(clause.start(), clause.end());
        Set<ClauseCategory> fromHeading = EnumSet.noneOf(ClauseCategory.class);
        Map<ClauseCategory, Integer> bodyCounts = new EnumMap<>(ClauseCategory.class);
        for (ClauseCategory category : ClauseCategory.values()) {
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
