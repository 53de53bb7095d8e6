package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.review.ReviewReportService;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * One review request: the contract text clause by clause with the findings' spans highlighted, the
 * findings beside it (each a button that brings its span into view), the experts' work, the
 * negotiation list and the report. What each person may do follows the service's permissions.
 */
@Route("c/:slug/" + ReviewListView.PAGE + "/:" + RouteIds.ID)
@PermitAll
public class ReviewDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final ReviewReportService reports;
    private final MemberService members;
    private final List<ReviewPageExtension> extensions;
    private long requestId;
    private Integer versionNumber;
    private RequestDetail detail;
    private int selectedTab;

    public ReviewDetailView(ReviewService reviews, ReviewReportService reports, MemberService members,
            List<ReviewPageExtension> extensions) {
        this.extensions = List.copyOf(extensions);
        this.reviews = reviews;
        this.reports = reports;
        this.members = members;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("review-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        requestId = RouteIds.required(event.getRouteParameters());
        versionNumber = null;
        selectedTab = 0;
        refresh();
    }

    void refresh() {
        detail = versionNumber == null ? reviews.get(requestId) : reviews.get(requestId, versionNumber);
        removeAll();
        add(new ReviewHeader(reviews, reports, members, detail, this::refresh, this::showVersion));
        TabSheet tabs = new TabSheet();
        tabs.setId("review-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("review.tab.contract"), contractAndFindings());
        tabs.add(getTranslation("review.tab.negotiation"), new NegotiationPanel(reviews, detail, this::refresh));
        tabs.add(getTranslation("review.tab.experts"), new ExpertsPanel(reviews, members, detail, this::refresh));
        if (!detail.evolution().isEmpty()) {
            tabs.add(getTranslation("review.tab.evolution"), new EvolutionPanel(detail));
        }
        // a refresh after an action keeps the user where they were
        if (selectedTab > 0 && selectedTab < 4) {
            tabs.setSelectedIndex(selectedTab);
        }
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
        String slug = CommunityContext.current().orElseThrow().slug();
        extensions.forEach(x -> x.panels(detail, slug).forEach(this::add));
    }

    /** Shows the version of this number, or the latest for {@code null}. */
    private void showVersion(Integer number) {
        versionNumber = number;
        refresh();
    }

    private Component contractAndFindings() {
        FlexLayout split = new FlexLayout();
        split.addClassName("portal-review-split");
        split.setWidthFull();
        split.add(new ContractPanel(reviews, detail, this::refresh),
                new FindingsPanel(reviews, detail, versionNumber == null, this::refresh));
        return split;
    }

    RequestDetail detail() {
        return detail;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("review.title") : detail.mission().title();
    }
}
