package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.ReviewViews.RequestDetail;

/**
 * The negotiation list: each point still standing with the proposed rewrite. The requester marks
 * each one obtained, conceded or pending (saved at once) and keeps a note on it; others read it.
 */
class NegotiationPanel extends Composite<VerticalLayout> {

    NegotiationPanel(ReviewService reviews, RequestDetail detail, Runnable changed) {
        Long requestId = detail.id();
        Grid<NegotiationItem> grid = new Grid<>(NegotiationItem.class, false);
        grid.setId("negotiation-grid");
        grid.addComponentColumn(i -> ReviewLabels.severityBadge(this, i.severity()))
                .setHeader(getTranslation("review.severity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.title() != null && !i.title().isBlank() ? i.title()
                : i.type() != null ? getTranslation("type." + i.type().name())
                : getTranslation("category." + i.category().name()) + " — " + i.explanation())
                .setHeader(getTranslation("review.point")).setFlexGrow(2);
        grid.addColumn(NegotiationItem::proposal).setHeader(getTranslation("review.proposal")).setFlexGrow(3);
        if (detail.permissions().requester()) {
            grid.addComponentColumn(i -> {
                Select<PointStatus> status = new Select<>();
                status.setItems(PointStatus.values());
                status.setItemLabelGenerator(s -> getTranslation("review.point." + s.name()));
                status.setValue(i.status());
                status.setAriaLabel(getTranslation("review.point.status"));
                status.addValueChangeListener(e -> {
                    reviews.markPoint(requestId, i.key(), e.getValue(), i.note());
                    Notifications.success(getTranslation("review.point.saved"));
                });
                return status;
            }).setHeader(getTranslation("review.point.status")).setAutoWidth(true);
            grid.addComponentColumn(i -> {
                Button note = new Button(i.note() == null ? getTranslation("review.point.add-note") : i.note(),
                        e -> new PointNoteDialog(reviews, requestId, i, changed).open());
                note.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                return note;
            }).setHeader(getTranslation("review.point.note"));
        } else {
            grid.addColumn(i -> getTranslation("review.point." + i.status().name()))
                    .setHeader(getTranslation("review.point.status"));
        }
        grid.setItems(reviews.negotiationList(requestId));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.negotiation.empty"));
        getContent().add(new Paragraph(getTranslation("review.negotiation.intro")), grid);
    }
}
