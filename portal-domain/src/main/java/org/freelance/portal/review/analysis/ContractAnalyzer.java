package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The automatic pre-review: segments the text into clauses, detects French or English, classifies
 * clauses, fills the checklist and applies the rules. Pure and thread-safe; a blank text gives an
 * empty review (no clause, every checklist item missing, no finding).
 */
public final class ContractAnalyzer {

    private final FindingTexts texts = new FindingTexts();

    public PreReview analyze(String contract) {
        String source = contract == null ? "" : contract;
        ContractText text = new ContractText(source);
        if (source.isBlank()) {
            return new PreReview(ContractLanguage.FR, List.of(), checklist(List.of()), List.of());
        }
        ContractLanguage language = LanguageDetector.detect(text.folded());
        List<Clause> clauses = ClauseClassifier.classify(text, ClauseSegmenter.segment(text));
        List<Finding> findings = new ArrayList<>(UnbalancedClauseRules.apply(text, clauses, texts));
        findings.sort(Comparator.comparing(Finding::severity).thenComparing(f -> f.type().ordinal()));
        return new PreReview(language, List.copyOf(clauses), checklist(clauses), List.copyOf(findings));
    }

    private static List<ChecklistItem> checklist(List<Clause> clauses) {
        List<ChecklistItem> items = new ArrayList<>();
        for (ClauseCategory category : ClauseCategory.values()) {
            if (category.checklist()) {
                items.add(new ChecklistItem(category, clauses.stream()
                        .filter(c -> c.categories().contains(category)).map(Clause::index).toList()));
            }
        }
        return items;
    }
}
