package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * The knowledge base for every member: full-text search of the published (pseudonymised) lessons
 * learned of this community or of the shared catalogue, facets with their counts as filters,
 * highlighted snippets, sorting and paging. The address holds the search ({@link SearchAddress}).
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE)
@SideMenuEntry(label = "nav.knowledge", icon = VaadinIcon.BOOK, order = 40)
@PermitAll
public class KnowledgeSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "knowledge";
    static final int PAGE_SIZE = 10;

    private final KnowledgeSearch search;
    final SearchBar bar = new SearchBar(this::runFromStart, this::scopeChanged, this::filterChanged);
    final FacetsPanel facets = new FacetsPanel(this::filterChanged, this::clearAll);
    final ResultList results = new ResultList(this::previousPage, this::nextPage);
    private String slug;
    int offset;
    Page page;
    /** Set while the page itself changes the fields, whose listeners then leave the search alone. */
    private boolean updating;

    public KnowledgeSearchView(KnowledgeSearch search) {
        this.search = search;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("kb-search-page");
        FlexLayout body = new FlexLayout(facets, results);
        body.setWidthFull();
        body.getStyle().set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        add(bar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = CommunityContext.current().orElseThrow().slug();
        getChildren().filter(c -> "kb-heading".equals(c.getId().orElse(null))).toList().forEach(this::remove);
        addComponentAsFirst(heading());
        SearchAddress address = SearchAddress.parse(event.getLocation().getQueryParameters().getParameters());
        quietly(() -> {
            bar.show(address);
            facets.select(address);
        });
        offset = address.offset();
        run();
    }

    private Component heading() {
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("kb.title")));
        heading.setId("kb-heading");
        heading.setAlignItems(Alignment.BASELINE);
        heading.getStyle().set("flex-wrap", "wrap");
        if (CommunityContext.hasRole(Role.EXPERT) || CommunityContext.hasRole(Role.MEDIATOR)
                || CommunityContext.hasRole(Role.ADMIN)) {
            Button write = new Button(getTranslation("kb.write"), VaadinIcon.PENCIL.create(),
                    e -> UI.getCurrent().navigate(CommunityContext.path(slug, PAGE + "/new")));
            write.setId("kb-write");
            write.addThemeVariants(ButtonVariant.PRIMARY);
            heading.add(write);
        }
        Anchor mine = new Anchor(CommunityContext.path(slug, PAGE + "/mine"), getTranslation("kb.mine.link"));
        mine.setId("kb-mine-link");
        heading.add(mine);
        if (CommunityContext.hasRole(Role.ADMIN)) {
            Anchor review = new Anchor(CommunityContext.path(slug, PAGE + "/review"), getTranslation("kb.review.link"));
            review.setId("kb-review-link");
            heading.add(review);
        }
        Paragraph intro = new Paragraph(getTranslation("kb.intro"));
        intro.addClassName("portal-muted");
        VerticalLayout box = new VerticalLayout(heading, intro);
        box.setId("kb-heading");
        box.setPadding(false);
        box.setSpacing(false);
        return box;
    }

    private void quietly(Runnable change) {
        updating = true;
        try {
            change.run();
        } finally {
            updating = false;
        }
    }

    private void filterChanged() {
        if (!updating) {
            runFromStart();
        }
    }

    /** Facets count what is in one scope: another scope starts without them. */
    private void scopeChanged() {
        if (!updating) {
            quietly(facets::clear);
            runFromStart();
        }
    }

    private void clearAll() {
        quietly(facets::clear);
        bar.query.clear();
        runFromStart();
    }

    private void previousPage() {
        offset = Math.max(0, offset - PAGE_SIZE);
        run();
    }

    private void nextPage() {
        offset += PAGE_SIZE;
        run();
    }

    void runFromStart() {
        offset = 0;
        run();
    }

    void run() {
        Query q = new Query(bar.query.getValue(), facets.categories.getValue(), facets.outcome.getValue(),
                facets.sector.getValue(), facets.year.getValue(), bar.sort.getValue(), offset, PAGE_SIZE);
        boolean shared = bar.scope.getValue() == Scope.SHARED;
        page = shared ? search.searchShared(q) : search.search(q);
        if (offset > 0 && offset >= page.total()) {
            // a remembered page past the end (the knowledge base changed since): back to the first
            offset = 0;
            run();
            return;
        }
        boolean filtered = !bar.query.getValue().isBlank() || facets.anyChosen();
        quietly(() -> facets.show(page, filtered));
        results.show(page, offset, filtered, shared, slug);
        new SearchAddress(bar.query.getValue(), bar.scope.getValue(), bar.sort.getValue(),
                facets.categories.getValue(), facets.outcome.getValue(), facets.sector.getValue(),
                facets.year.getValue(), offset).remember(slug);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.title");
    }
}
