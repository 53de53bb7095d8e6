package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.HtmlEscaper;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.review.analysis.ClauseCategory;

/** Names and badges of the knowledge-base vocabulary, and the safe rendering of highlighted snippets. */
public final class KnowledgeLabels {

    private KnowledgeLabels() {
    }

    static String outcome(Component translator, Outcome outcome) {
        return translator.getTranslation("kb.outcome." + outcome.name());
    }

    static String sector(Component translator, Sector sector) {
        return translator.getTranslation("kb.sector." + sector.name());
    }

    static String category(Component translator, ClauseCategory category) {
        return translator.getTranslation("category." + category.name());
    }

    static String status(Component translator, ArticleStatus status) {
        return translator.getTranslation("kb.status." + status.name());
    }

    static Span badge(String text, String... classNames) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        badge.addClassNames(classNames);
        return badge;
    }

    /** An article's facts as badges: its categories (in the catalogue's order), outcome, sector and year. */
    static Component facts(Component translator, Set<ClauseCategory> categories, Outcome outcome, Sector sector,
            Integer year) {
        HorizontalLayout facts = new HorizontalLayout();
        facts.addClassName("portal-kb-facts");
        facts.getStyle().set("flex-wrap", "wrap");
        facts.setSpacing(true);
        EnumSet<ClauseCategory> ordered = categories.isEmpty() ? EnumSet.noneOf(ClauseCategory.class)
                : EnumSet.copyOf(categories);
        ordered.forEach(c -> facts.add(badge(category(translator, c))));
        if (outcome != null) {
            facts.add(badge(outcome(translator, outcome), "portal-kb-outcome"));
        }
        if (sector != null) {
            facts.add(badge(sector(translator, sector)));
        }
        if (year != null) {
            facts.add(badge(String.valueOf(year)));
        }
        return facts;
    }

    /**
     * A search snippet as components: the text is HTML-escaped by the search except its
     * {@code <mark>} tags, so only those become elements; everything else is decoded and shown as
     * plain text (never as HTML), so nothing in an article can inject markup.
     */
    static Span snippet(String escaped) {
        Span out = new Span();
        out.addClassName("portal-kb-snippet");
        String rest = escaped == null ? "" : escaped;
        while (!rest.isEmpty()) {
            int open = rest.indexOf("<mark>");
            if (open < 0) {
                out.add(new Text(HtmlEscaper.unescape(rest)));
                break;
            }
            if (open > 0) {
                out.add(new Text(HtmlEscaper.unescape(rest.substring(0, open))));
            }
            int close = rest.indexOf("</mark>", open);
            String marked = close < 0 ? rest.substring(open + 6) : rest.substring(open + 6, close);
            com.vaadin.flow.dom.Element element = new com.vaadin.flow.dom.Element("mark");
            element.setText(HtmlEscaper.unescape(marked));
            out.getElement().appendChild(element);
            rest = close < 0 ? "" : rest.substring(close + 7);
        }
        return out;
    }
}
