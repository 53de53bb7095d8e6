package org.freelance.portal.review.analysis;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/** The pre-review as JSON (hand-written: the engine depends on nothing but the JDK). */
public final class PreReviewJson {

    private final StringBuilder out = new StringBuilder();

    private PreReviewJson() {
    }

    public static String write(PreReview review) {
        PreReviewJson json = new PreReviewJson();
        json.review(review);
        return json.out.toString();
    }

    private void review(PreReview review) {
        out.append("{\n  \"language\": ").append(string(review.language().name())).append(",\n  \"clauses\": [");
        list(review.clauses(), clause -> {
            out.append("\n    {\"index\": ").append(clause.index())
                    .append(", \"number\": ").append(string(clause.number()))
                    .append(", \"heading\": ").append(string(clause.heading()))
                    .append(", \"start\": ").append(clause.start())
                    .append(", \"end\": ").append(clause.end())
                    .append(", \"categories\": [");
            list(clause.categories().stream().sorted().toList(), c -> out.append(string(c.name())));
            out.append("]}");
        });
        out.append("\n  ],\n  \"checklist\": [");
        list(review.checklist(), item -> {
            out.append("\n    {\"category\": ").append(string(item.category().name()))
                    .append(", \"present\": ").append(item.present())
                    .append(", \"clauses\": ").append(item.clauses()).append('}');
        });
        out.append("\n  ],\n  \"findings\": [");
        list(review.findings(), finding -> {
            out.append("\n    {\"type\": ").append(string(finding.type().name()))
                    .append(", \"severity\": ").append(string(finding.severity().name()))
                    .append(", \"category\": ").append(string(finding.category().name()))
                    .append(", \"clause\": ").append(finding.clauseIndex())
                    .append(", \"start\": ").append(finding.start())
                    .append(", \"end\": ").append(finding.end())
                    .append(",\n     \"quote\": ").append(string(finding.quote()))
                    .append(",\n     \"explanation\": {\"fr\": ").append(string(finding.explanationFr()))
                    .append(", \"en\": ").append(string(finding.explanationEn())).append('}')
                    .append(",\n     \"rewrite\": {\"fr\": ").append(string(finding.rewriteFr()))
                    .append(", \"en\": ").append(string(finding.rewriteEn())).append("}}");
        });
        out.append("\n  ]\n}\n");
    }

    private <T> void list(List<T> items, Consumer<T> writer) {
        Iterator<T> it = items.iterator();
        while (it.hasNext()) {
            writer.accept(it.next());
            if (it.hasNext()) {
                out.append(',');
            }
        }
    }

    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
