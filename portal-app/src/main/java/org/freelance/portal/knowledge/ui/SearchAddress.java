package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeSearch.Sort;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * A search as the address keeps it ({@code ?q=…&cat=…&outcome=…&sector=…&year=…&sort=…&from=…
 * &scope=shared}), so a search can be bookmarked, shared, and found again with the back button; the
 * session remembers the last one for an article's "back to the search" link. Values the portal does
 * not know are ignored.
 */
record SearchAddress(String query, Scope scope, Sort sort, Set<ClauseCategory> categories, Outcome outcome,
        Sector sector, Integer year, int offset) {

    private static final String LAST_SEARCH = "portal.kb.last-search.";

    static SearchAddress parse(Map<String, List<String>> params) {
        // an address may carry any text: only what the field could hold is searched
        String q = first(params, "q", "");
        Set<ClauseCategory> chosen = new LinkedHashSet<>();
        params.getOrDefault("cat", List.of()).forEach(c -> {
            ClauseCategory category = parse(ClauseCategory.class, c, null);
            if (category != null) {
                chosen.add(category);
            }
        });
        Integer from = number(first(params, "from", null));
        return new SearchAddress(
                q.length() > KnowledgeSearch.MAX_QUERY_CHARS ? q.substring(0, KnowledgeSearch.MAX_QUERY_CHARS) : q,
                "shared".equals(first(params, "scope", "")) ? Scope.SHARED : Scope.COMMUNITY,
                parse(Sort.class, first(params, "sort", null), Sort.RELEVANCE), chosen,
                parse(Outcome.class, first(params, "outcome", null), null),
                parse(Sector.class, first(params, "sector", null), null), number(first(params, "year", null)),
                from == null || from < 0 ? 0 : from - from % KnowledgeSearchView.PAGE_SIZE);
    }

    QueryParameters parameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!query.isBlank()) {
            params.put("q", List.of(query.strip()));
        }
        if (scope == Scope.SHARED) {
            params.put("scope", List.of("shared"));
        }
        if (!categories.isEmpty()) {
            params.put("cat", EnumSet.copyOf(categories).stream().map(Enum::name).toList());
        }
        if (outcome != null) {
            params.put("outcome", List.of(outcome.name()));
        }
        if (sector != null) {
            params.put("sector", List.of(sector.name()));
        }
        if (year != null) {
            params.put("year", List.of(String.valueOf(year)));
        }
        if (sort != null && sort != Sort.RELEVANCE) {
            params.put("sort", List.of(sort.name()));
        }
        if (offset > 0) {
            params.put("from", List.of(String.valueOf(offset)));
        }
        return new QueryParameters(params);
    }

    /** Writes the search into the address without adding a history entry per keystroke, and keeps it for the session. */
    void remember(String slug) {
        Location location = new Location(CommunityContext.path(slug, KnowledgeSearchView.PAGE), parameters());
        UI.getCurrent().getPage().getHistory().replaceState(null, location);
        VaadinSession.getCurrent().setAttribute(LAST_SEARCH + slug, location.getPathWithQueryParameters());
    }

    /** The address of the member's last search in this community (an article's "back to the search" link). */
    static String last(String slug) {
        Object last = VaadinSession.getCurrent().getAttribute(LAST_SEARCH + slug);
        return last instanceof String address ? address : CommunityContext.path(slug, KnowledgeSearchView.PAGE);
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
}
