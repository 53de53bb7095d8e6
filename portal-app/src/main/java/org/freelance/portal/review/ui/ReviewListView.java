package org.freelance.portal.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/** My second-opinion requests and, for experts, the requests shared with them. */
@Route("c/:slug/" + ReviewListView.PAGE)
@PermitAll
public class ReviewListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "reviews";

    private final ReviewService reviews;

    public ReviewListView(ReviewService reviews) {
        this.reviews = reviews;
        addClassName("portal-page");
        setId("review-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = CommunityContext.current().orElseThrow().slug();
        Button create = new Button(getTranslation("review.new"),
                e -> UI.getCurrent().navigate(CommunityContext.path(slug, PAGE + "/new")));
        create.setId("review-new");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("review.title")), create);
        heading.setAlignItems(Alignment.BASELINE);
        add(heading, new H3(getTranslation("review.mine")), grid("my-reviews", reviews.mine(), slug,
                "review.mine.empty", false));
        if (CommunityContext.hasRole(Role.EXPERT)) {
            add(new H3(getTranslation("review.shared")), grid("shared-reviews", reviews.sharedWithMe(), slug,
                    "review.shared.empty", true));
        }
    }

    private Grid<RequestSummary> grid(String id, List<RequestSummary> items, String slug, String emptyKey,
            boolean showRequester) {
        Grid<RequestSummary> grid = new Grid<>(RequestSummary.class, false);
        grid.setId(id);
        grid.addColumn(RequestSummary::title).setHeader(getTranslation("review.field.title")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(RequestSummary::clientName).setHeader(getTranslation("review.field.client")).setAutoWidth(true);
        if (showRequester) {
            grid.addColumn(RequestSummary::requesterName).setHeader(getTranslation("review.requester"));
        }
        grid.addColumn(r -> getTranslation("review.share." + r.shareMode().name())).setHeader(
                getTranslation("review.sharing"));
        grid.addColumn(RequestSummary::openFindings).setHeader(getTranslation("review.findings.count"));
        grid.addColumn(RequestSummary::verdicts).setHeader(getTranslation("review.verdicts.count"));
        grid.addColumn(r -> Formats.dateTime(r.updatedAt())).setHeader(getTranslation("review.updated"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CommunityContext.path(slug, PAGE + "/" + e.getItem().id())));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
