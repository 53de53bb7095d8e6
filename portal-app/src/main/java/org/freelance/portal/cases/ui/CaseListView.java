package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.freelance.portal.base.ui.GridSearch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseOverview;
import org.freelance.portal.cases.CaseViews.CaseSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * My dispute cases; for experts and mediators the cases they lead or support; for community admins
 * every case's status, without its content.
 */
@Route("c/:slug/" + CaseListView.PAGE)
@SideMenuEntry(label = "nav.cases", icon = VaadinIcon.SCALE, order = 30)
@PermitAll
public class CaseListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "cases";

    private final CaseService cases;

    public CaseListView(CaseService cases) {
        this.cases = cases;
        addClassName("portal-page");
        setId("case-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = CommunityContext.current().orElseThrow().slug();
        Button open = new Button(getTranslation("case.new"),
                e -> UI.getCurrent().navigate(CommunityContext.path(slug, PAGE + "/new")));
        open.setId("case-new");
        open.addThemeVariants(ButtonVariant.PRIMARY);
        Anchor verify = new Anchor(CommunityContext.path(slug, PAGE + "/verify"), getTranslation("case.verify.link"));
        verify.setId("case-verify-link");
        // opening a case and "my cases" are the freelancer's: a mediator or expert who is not also a
        // member of the community as freelancer does not get the freelancer's empty state
        boolean freelancer = CommunityContext.hasRole(Role.MEMBER);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("case.title")));
        if (freelancer) {
            heading.add(open);
        }
        heading.add(verify);
        heading.setAlignItems(Alignment.BASELINE);
        heading.getStyle().set("flex-wrap", "wrap");
        Paragraph intro = new Paragraph(getTranslation(freelancer ? "case.intro" : "case.intro.support"));
        intro.addClassName("portal-muted");
        add(heading, intro);
        if (freelancer) {
            add(new H3(getTranslation("case.mine")));
            add(grid("my-cases", cases.mine(), slug, "case.mine.empty"));
        }
        if (CommunityContext.hasRole(Role.EXPERT) || CommunityContext.hasRole(Role.MEDIATOR)) {
            Anchor queue = new Anchor(CommunityContext.path(slug, PAGE + "/queue"), getTranslation("case.queue.link"));
            queue.setId("case-queue-link");
            add(new H3(getTranslation("case.involved")), queue);
            add(grid("involved-cases", cases.involved(), slug, "case.involved.empty"));
        }
        if (CommunityContext.hasRole(Role.ADMIN)) {
            add(new H3(getTranslation("case.overview")), new Paragraph(getTranslation("case.overview.help")),
                    overview(cases.overview()));
        }
    }

    /** The grid with its search field above it (shown once the list is long enough to need one). */
    private Component[] grid(String id, List<CaseSummary> items, String slug, String emptyKey) {
        Grid<CaseSummary> grid = new Grid<>(CaseSummary.class, false);
        grid.setId(id);
        grid.addColumn(CaseSummary::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true)
                .setComparator(CaseSummary::id);
        grid.addColumn(this::title).setHeader(getTranslation("case.field.title")).setFlexGrow(3).setWidth("16rem")
                .setComparator(c -> title(c).toLowerCase(java.util.Locale.ROOT));
        grid.addColumn(CaseSummary::clientName).setHeader(getTranslation("case.field.client")).setAutoWidth(true)
                .setComparator(c -> c.clientName() == null ? "" : c.clientName().toLowerCase(java.util.Locale.ROOT));
        grid.addComponentColumn(c -> CaseLabels.status(this, c.status())).setHeader(getTranslation("case.status"))
                .setAutoWidth(true).setComparator(c -> c.status().ordinal());
        grid.addColumn(c -> c.leadName() == null ? "" : c.leadName()).setHeader(getTranslation("case.lead"))
                .setComparator(c -> c.leadName() == null ? "" : c.leadName());
        grid.addComponentColumn(c -> {
            Span risk = new Span();
            if (c.riskAlert()) {
                risk.add(VaadinIcon.WARNING.create(), new Span(getTranslation("case.risk.alert.short")));
                risk.addClassName("portal-error");
            }
            return risk;
        }).setHeader(getTranslation("case.risk")).setComparator(CaseSummary::riskAlert);
        grid.addColumn(c -> Formats.dateTime(c.updatedAt())).setHeader(getTranslation("case.updated"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(CaseSummary::updatedAt);
        TextField search = GridSearch.over(grid, items, c -> String.join(" ", c.reference(), title(c),
                c.clientName() == null ? "" : c.clientName(), c.leadName() == null ? "" : c.leadName(),
                getTranslation("case.casestatus." + c.status().name())));
        grid.setEmptyStateText(getTranslation(emptyKey));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CommunityContext.path(slug, PAGE + "/"
                + e.getItem().id() + (e.getItem().status() == CaseStatus.DRAFT ? "/edit" : ""))));
        return new Component[] {search, grid};
    }

    private String title(CaseSummary c) {
        return c.title() == null ? getTranslation("case.untitled") : c.title();
    }

    private Grid<CaseOverview> overview(List<CaseOverview> items) {
        Grid<CaseOverview> grid = new Grid<>(CaseOverview.class, false);
        grid.setId("case-overview");
        grid.addColumn(CaseOverview::reference).setHeader(getTranslation("case.reference"));
        grid.addComponentColumn(c -> CaseLabels.status(this, c.status())).setHeader(getTranslation("case.status"));
        grid.addColumn(c -> getTranslation(c.hasLead() ? "case.overview.led" : "case.overview.unled"))
                .setHeader(getTranslation("case.lead"));
        grid.addColumn(c -> Formats.date(c.createdAt())).setHeader(getTranslation("case.created"));
        grid.addColumn(c -> Formats.dateTime(c.updatedAt())).setHeader(getTranslation("case.updated"));
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("case.overview.empty"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.title");
    }
}
