package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeSearch.Hit;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.knowledge.KnowledgeSearch.Sort;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * The knowledge base for every member: full-text search of the published (pseudonymised) lessons
 * learned of this community or of the shared catalogue, facets with their counts as filters,
 * highlighted snippets, sorting and paging.
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE)
@SideMenuEntry(label = "nav.knowledge", icon = VaadinIcon.BOOK, order = 40)
@PermitAll
public class KnowledgeSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "knowledge";
    static final int PAGE_SIZE = 10;

    private final KnowledgeSearch search;
    final TextField query = new TextField();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Select<Sort> sort = new Select<>();
    final CheckboxGroup<ClauseCategory> categories = new CheckboxGroup<>();
    final Select<Outcome> outcome = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Select<Integer> year = new Select<>();
    final Div results = new Div();
    final Span count = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    private final VerticalLayout facets = new VerticalLayout();
    private String slug;
    int offset;
    Page page;
    private boolean updating;

    public KnowledgeSearchView(KnowledgeSearch search) {
        this.search = search;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("kb-search-page");
        query.setId("kb-query");
        query.setLabel(getTranslation("kb.query"));
        query.setPlaceholder(getTranslation("kb.query.placeholder"));
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidth("24rem");
        query.setMaxLength(KnowledgeSearch.MAX_QUERY_CHARS);
        query.addKeyPressListener(Key.ENTER, e -> runFromStart());
        Button go = new Button(getTranslation("kb.search"), e -> runFromStart());
        go.setId("kb-search");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        scope.setId("kb-scope");
        scope.setLabel(getTranslation("kb.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("kb.scope." + s.name()));
        scope.setValue(Scope.COMMUNITY);
        scope.addValueChangeListener(e -> {
            if (!updating) {
                clearFilters();
                runFromStart();
            }
        });
        sort.setId("kb-sort");
        sort.setLabel(getTranslation("kb.sort"));
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("kb.sort." + s.name()));
        sort.setValue(Sort.RELEVANCE);
        sort.addValueChangeListener(e -> filterChanged());
        categories.setId("kb-facet-categories");
        categories.setLabel(getTranslation("kb.facet.categories"));
        categories.addValueChangeListener(e -> filterChanged());
        categories.addThemeName("vertical");
        setUpSelect(outcome, "kb-facet-outcome", "kb.facet.outcome");
        setUpSelect(sector, "kb-facet-sector", "kb.facet.sector");
        setUpSelect(year, "kb-facet-year", "kb.facet.year");
        results.setId("kb-results");
        results.setWidthFull();
        count.setId("kb-count");
        previous.setText(getTranslation("kb.previous"));
        previous.setId("kb-previous");
        previous.addClickListener(e -> {
            offset = Math.max(0, offset - PAGE_SIZE);
            run();
        });
        next.setText(getTranslation("kb.next"));
        next.setId("kb-next");
        next.addClickListener(e -> {
            offset += PAGE_SIZE;
            run();
        });

        HorizontalLayout bar = new HorizontalLayout(query, go, scope, sort);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        facets.setId("kb-facets");
        facets.setPadding(false);
        facets.setWidth("16rem");
        facets.getStyle().set("flex-shrink", "0");
        VerticalLayout list = new VerticalLayout(count, results, new HorizontalLayout(previous, next));
        list.setPadding(false);
        FlexLayout body = new FlexLayout(facets, list);
        body.setWidthFull();
        body.getStyle().set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        list.getStyle().set("flex", "1 1 24rem");
        add(bar, body);
    }

    private <T> void setUpSelect(Select<T> select, String id, String label) {
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setEmptySelectionAllowed(true);
        // "Tous"/"Toutes" agrees with the facet's noun in French
        select.setEmptySelectionCaption(getTranslation(label + ".any"));
        select.setPlaceholder(getTranslation(label + ".any"));
        select.setWidthFull();
        select.addValueChangeListener(e -> filterChanged());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = CommunityContext.current().orElseThrow().slug();
        getChildren().filter(c -> "kb-heading".equals(c.getId().orElse(null))).toList().forEach(this::remove);
        addComponentAsFirst(heading());
        restore(event.getLocation().getQueryParameters().getParameters());
        run();
    }

    /**
     * The search as the address keeps it ({@code ?q=…&cat=…&outcome=…&sector=…&year=…&sort=…&from=…
     * &scope=shared}), so a search can be bookmarked, shared, and found again with the back button.
     * Values the portal does not know are ignored.
     */
    private void restore(Map<String, List<String>> params) {
        updating = true;
        try {
            // an address may carry any text: only what the field could hold is searched
            String q = first(params, "q", "");
            query.setValue(q.length() > KnowledgeSearch.MAX_QUERY_CHARS ? q.substring(0, KnowledgeSearch.MAX_QUERY_CHARS) : q);
            scope.setValue("shared".equals(first(params, "scope", "")) ? Scope.SHARED : Scope.COMMUNITY);
            sort.setValue(parse(Sort.class, first(params, "sort", null), Sort.RELEVANCE));
            Set<ClauseCategory> chosen = new LinkedHashSet<>();
            params.getOrDefault("cat", List.of()).forEach(c -> {
                ClauseCategory category = parse(ClauseCategory.class, c, null);
                if (category != null) {
                    chosen.add(category);
                }
            });
            categories.setItems(chosen);
            categories.setValue(chosen);
            Outcome o = parse(Outcome.class, first(params, "outcome", null), null);
            outcome.setItems(o == null ? List.of() : List.of(o));
            outcome.setValue(o);
            Sector s = parse(Sector.class, first(params, "sector", null), null);
            sector.setItems(s == null ? List.of() : List.of(s));
            sector.setValue(s);
            Integer y = number(first(params, "year", null));
            year.setItems(y == null ? List.of() : List.of(y));
            year.setValue(y);
            Integer from = number(first(params, "from", null));
            offset = from == null || from < 0 ? 0 : from - from % PAGE_SIZE;
        } finally {
            updating = false;
        }
    }

    private static String first(Map<String, List<String>> params, String name, String fallback) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? fallback : values.getFirst();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        return fallback;
    }

    private static Integer number(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Writes the search into the address without adding a history entry per keystroke. */
    private void remember() {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        if (!query.getValue().isBlank()) {
            params.put("q", List.of(query.getValue().strip()));
        }
        if (scope.getValue() == Scope.SHARED) {
            params.put("scope", List.of("shared"));
        }
        if (!categories.getValue().isEmpty()) {
            params.put("cat", EnumSet.copyOf(categories.getValue()).stream().map(Enum::name).toList());
        }
        if (outcome.getValue() != null) {
            params.put("outcome", List.of(outcome.getValue().name()));
        }
        if (sector.getValue() != null) {
            params.put("sector", List.of(sector.getValue().name()));
        }
        if (year.getValue() != null) {
            params.put("year", List.of(String.valueOf(year.getValue())));
        }
        if (sort.getValue() != null && sort.getValue() != Sort.RELEVANCE) {
            params.put("sort", List.of(sort.getValue().name()));
        }
        if (offset > 0) {
            params.put("from", List.of(String.valueOf(offset)));
        }
        com.vaadin.flow.router.Location location = new com.vaadin.flow.router.Location(
                CommunityContext.path(slug, PAGE), new com.vaadin.flow.router.QueryParameters(params));
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(LAST_SEARCH + slug,
                location.getPathWithQueryParameters());
    }

    /** The address of the member's last search in this community (an article's "back to the search" link). */
    static String lastSearch(String slug) {
        Object last = com.vaadin.flow.server.VaadinSession.getCurrent().getAttribute(LAST_SEARCH + slug);
        return last instanceof String address ? address : CommunityContext.path(slug, PAGE);
    }

    private static final String LAST_SEARCH = "portal.kb.last-search.";

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

    private void filterChanged() {
        if (!updating) {
            runFromStart();
        }
    }

    private void clearFilters() {
        updating = true;
        try {
            categories.clear();
            outcome.clear();
            sector.clear();
            year.clear();
        } finally {
            updating = false;
        }
    }

    void runFromStart() {
        offset = 0;
        run();
    }

    void run() {
        Query q = new Query(query.getValue(), categories.getValue(), outcome.getValue(), sector.getValue(),
                year.getValue(), sort.getValue(), offset, PAGE_SIZE);
        page = scope.getValue() == Scope.SHARED ? search.searchShared(q) : search.search(q);
        if (offset > 0 && offset >= page.total()) {
            // a remembered page past the end (the knowledge base changed since): back to the first
            offset = 0;
            run();
            return;
        }
        showFacets();
        showResults();
        remember();
    }

    private boolean filtered() {
        return !query.getValue().isBlank() || !categories.getValue().isEmpty() || outcome.getValue() != null
                || sector.getValue() != null || year.getValue() != null;
    }

    private void showFacets() {
        updating = true;
        try {
            Set<ClauseCategory> chosen = categories.getValue();
            Set<ClauseCategory> items = new LinkedHashSet<>(page.categories().keySet());
            items.addAll(chosen);
            categories.setItems(items);
            categories.setItemLabelGenerator(c -> label(KnowledgeLabels.category(this, c), page.categories().get(c)));
            categories.setValue(chosen);
            refill(outcome, page.outcomes(), o -> KnowledgeLabels.outcome(this, o));
            refill(sector, page.sectors(), s -> KnowledgeLabels.sector(this, s));
            refill(year, page.years(), String::valueOf);
        } finally {
            updating = false;
        }
        facets.removeAll();
        facets.add(categories, outcome, sector, year);
        if (filtered()) {
            Button clear = new Button(getTranslation("kb.facet.clear"), e -> {
                clearFilters();
                query.clear();
                runFromStart();
            });
            clear.setId("kb-clear");
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            facets.add(clear);
        }
    }

    private <T> void refill(Select<T> select, Map<T, Long> counts, Function<T, String> name) {
        T chosen = select.getValue();
        List<T> items = new ArrayList<>(counts.keySet());
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        select.setItems(items);
        select.setItemLabelGenerator(t -> t == null ? "" : label(name.apply(t), counts.get(t)));
        select.setValue(chosen);
    }

    private String label(String name, Long n) {
        return getTranslation("kb.facet.count", name, n == null ? 0 : n);
    }

    private void showResults() {
        results.removeAll();
        long total = page.total();
        if (total == 0) {
            count.setText("");
            String key = filtered() ? "kb.empty.results"
                    : scope.getValue() == Scope.SHARED ? "kb.empty.shared" : "kb.empty.none";
            Paragraph empty = new Paragraph(getTranslation(key));
            empty.setId("kb-empty");
            empty.addClassName("portal-muted");
            results.add(empty);
        } else {
            count.setText(getTranslation("kb.results.range", offset + 1, offset + page.hits().size(), total));
            for (Hit hit : page.hits()) {
                results.add(card(hit));
            }
        }
        previous.setVisible(offset > 0);
        next.setVisible(offset + PAGE_SIZE < total);
    }

    private Component card(Hit hit) {
        String path = CommunityContext.path(slug, PAGE + (scope.getValue() == Scope.SHARED ? "/shared/" : "/")
                + hit.id());
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
        card.add(facts(this, hit.categories(), hit.outcome(), hit.sector(), hit.year()));
        return card;
    }

    static Component facts(Component t, Set<ClauseCategory> categories, Outcome outcome, Sector sector,
            Integer year) {
        HorizontalLayout facts = new HorizontalLayout();
        facts.addClassName("portal-kb-facts");
        facts.getStyle().set("flex-wrap", "wrap");
        facts.setSpacing(true);
        EnumSet<ClauseCategory> ordered = categories.isEmpty() ? EnumSet.noneOf(ClauseCategory.class)
                : EnumSet.copyOf(categories);
        ordered.forEach(c -> facts.add(KnowledgeLabels.badge(KnowledgeLabels.category(t, c))));
        if (outcome != null) {
            facts.add(KnowledgeLabels.badge(KnowledgeLabels.outcome(t, outcome), "portal-kb-outcome"));
        }
        if (sector != null) {
            facts.add(KnowledgeLabels.badge(KnowledgeLabels.sector(t, sector)));
        }
        if (year != null) {
            facts.add(KnowledgeLabels.badge(String.valueOf(year)));
        }
        return facts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.title");
    }
}
