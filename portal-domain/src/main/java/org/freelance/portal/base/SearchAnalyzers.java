package org.freelance.portal.base;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Analyzer names used in search mappings, and their definitions for the Lucene backend. */
public final class SearchAnalyzers implements LuceneAnalysisConfigurer {

    /** Words, lower-cased and folded to ASCII: "Éric" matches "eric". */
    public static final String TEXT = "portal_text";
    /** French prose: elision (l', d', qu'...), stop words, folding, light stemming: "relancé" matches "relances". */
    public static final String FRENCH = "portal_french";
    /** English prose: possessives, stop words, folding, light stemming: "invoices" matches "invoice". */
    public static final String ENGLISH = "portal_english";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(FRENCH).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                        .param("words", "org/apache/lucene/analysis/snowball/french_stop.txt")
                        .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.analyzer(ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("stop")
                        .param("words", "org/apache/lucene/analysis/snowball/english_stop.txt")
                        .param("format", "snowball")
                .tokenFilter("asciiFolding")
                .tokenFilter("kStem");
    }
}
