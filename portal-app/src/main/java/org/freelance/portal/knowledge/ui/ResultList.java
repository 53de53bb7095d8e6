package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.knowledge.KnowledgeSearch.Hit;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * One page of results: which ones of how many, each hit with its title (the link to the article),
 * its highlighted snippets and facts, and the buttons to the previous and next pages. No result says
 * why: nothing matches, or nothing is published yet.
 */
class ResultList extends Composite<VerticalLayout> {

    final Span count = new Span();
    final Div hits = new Div();
    final Button previous = new Button();
    final Button next = new Button();

    ResultList(Runnable previousPage, Runnable nextPage) {
        hits.setId("kb-results");
        hits.setWidthFull();
        count.setId("kb-count");
        previous.setText(getTranslation("kb.previous"));
        previous.setId("kb-previous");
        previous.addClickListener(e -> previousPage.run());
        next.setText(getTranslation("kb.next"));
        next.setId("kb-next");
        next.addClickListener(e -> nextPage.run());
        VerticalLayout list = getContent();
        list.add(count, hits, new HorizontalLayout(previous, next));
        list.setPadding(false);
        list.getStyle().set("flex", "1 1 24rem");
    }

    /**
     * @param filtered whether words or facets narrow the search (what an empty page then says)
     * @param shared whether these are hits of the shared catalogue, whose articles have their own address
     */
    void show(Page page, int offset, boolean filtered, boolean shared, String slug) {
        hits.removeAll();
        long total = page.total();
        if (total == 0) {
            count.setText("");
            String key = filtered ? "kb.empty.results" : shared ? "kb.empty.shared" : "kb.empty.none";
            Paragraph empty = new Paragraph(getTranslation(key));
            empty.setId("kb-empty");
            empty.addClassName("portal-muted");
            hits.add(empty);
        } else {
            count.setText(getTranslation("kb.results.range", offset + 1, offset + page.hits().size(), total));
            for (Hit hit : page.hits()) {
                hits.add(card(hit, shared, slug));
            }
        }
        previous.setVisible(offset > 0);
        next.setVisible(offset + KnowledgeSearchView.PAGE_SIZE < total);
    }

    private Component card(Hit hit, boolean shared, String slug) {
        String path = CommunityContext.path(slug, KnowledgeSearchView.PAGE + (shared ? "/shared/" : "/") + hit.id());
        Anchor title = new Anchor(path, hit.title() == null ? getTranslation("kb.untitled") : hit.title());
        title.addClassName("portal-kb-title");
        Div card = new Div(new H3(title));
        card.setId("kb-hit-" + hit.id());
        card.addClassName("portal-card");
        for (String snippet : hit.snippets()) {
            Paragraph p = new Paragraph(KnowledgeLabels.snippet(snippet));
            p.addClassName("portal-kb-snippet-line");
            card.add(p);
        }
        card.add(KnowledgeLabels.facts(this, hit.categories(), hit.outcome(), hit.sector(), hit.year()));
        return card;
    }
}
