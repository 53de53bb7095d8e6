package org.freelance.portal.base;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** Analyzer names used in search mappings, and their definitions for the Lucene backend. */
public final class SearchAnalyzers implements LuceneAnalysisConfigurer {

    /** Words, lower-cased and folded to ASCII: "Éric" matches "eric". */
    public static final String TEXT = "portal_text";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
