package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import org.freelance.portal.base.ui.GridSearch;
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
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/** My second-opinion requests and, for experts, the requests shared with them. */
@Route("c/:slug/" + ReviewListView.PAGE)
@SideMenuEntry(label = "nav.reviews", icon = VaadinIcon.FILE_TEXT_O, order = 20)
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
        add(heading, new H3(getTranslation("review.mine")));
        add(grid("my-reviews", reviews.mine(), slug, "review.mine.empty", false));
        if (CommunityContext.hasRole(Role.EXPERT)) {
            add(new H3(getTranslation("review.shared")));
            add(grid("shared-reviews", reviews.sharedWithMe(), slug, "review.shared.empty", true));
        }
    }

    /** The grid with its search field above it (shown once the list is long enough to need one). */
    private Component[] grid(String id, List<RequestSummary> items, String slug, String emptyKey,
            boolean showRequester) {
        Grid<RequestSummary> grid = new Grid<>(RequestSummary.class, false);
        grid.setId(id);
        grid.addColumn(RequestSummary::title).setHeader(getTranslation("review.field.title")).setAutoWidth(true)
                .setFlexGrow(2).setComparator(r -> lower(r.title()));
        grid.addColumn(RequestSummary::clientName).setHeader(getTranslation("review.field.client")).setAutoWidth(true)
                .setComparator(r -> lower(r.clientName()));
        if (showRequester) {
            grid.addColumn(RequestSummary::requesterName).setHeader(getTranslation("review.requester"))
                    .setComparator(r -> lower(r.requesterName()));
        }
        grid.addColumn(r -> getTranslation("review.share." + r.shareMode().name())).setHeader(
                getTranslation("review.sharing")).setComparator(r -> r.shareMode().ordinal());
        grid.addColumn(RequestSummary::openFindings).setHeader(getTranslation("review.findings.count"))
                .setComparator(RequestSummary::openFindings);
        grid.addColumn(RequestSummary::verdicts).setHeader(getTranslation("review.verdicts.count"))
                .setComparator(RequestSummary::verdicts);
        grid.addColumn(r -> Formats.dateTime(r.updatedAt())).setHeader(getTranslation("review.updated"))
                .setComparator(RequestSummary::updatedAt);
        TextField search = GridSearch.over(grid, items, r -> String.join(" ", lower(r.title()), lower(r.clientName()),
                lower(r.requesterName())));
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CommunityContext.path(slug, PAGE + "/" + e.getItem().id())));
        return new Component[] {search, grid};
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title");
    }
}
