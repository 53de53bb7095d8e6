package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.review.ReviewViews.EvolutionView;
import org.freelance.portal.review.ReviewViews.RequestDetail;

/** What became of each point between the last two versions: resolved, still there or new. */
class EvolutionPanel extends Composite<VerticalLayout> {

    EvolutionPanel(RequestDetail detail) {
        Grid<EvolutionView> grid = new Grid<>(EvolutionView.class, false);
        grid.setId("evolution-grid");
        grid.addColumn(e -> getTranslation("type." + e.type().name())).setHeader(getTranslation("review.point"));
        grid.addComponentColumn(e -> ReviewLabels.severityBadge(this, e.severity()))
                .setHeader(getTranslation("review.severity"));
        grid.addColumn(e -> getTranslation("review.evolution." + e.evolution().name()))
                .setHeader(getTranslation("review.evolution"));
        grid.setItems(detail.evolution());
        grid.setAllRowsVisible(true);
        getContent().add(new Paragraph(getTranslation("review.evolution.intro",
                detail.versions().size() - 1, detail.versions().size())), grid);
    }
}
