package org.freelance.portal.knowledge;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.freelance.portal.base.HtmlEscaper;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.TenantAccess;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base's search, in one place: French and English analysis of the published
 * (pseudonymised) text only, facets, highlighted snippets, sorting and paging, typo tolerance for
 * short queries. Tenant-aware through Hibernate Search's discriminator: a member finds their
 * community's published articles only.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

    /** Text fields with their weight; each exists as {@code name} (French analysis) and {@code name_en}. */
    static final Map<String, Float> FIELDS = Map.of("title", 3f, "summary", 1.5f, "body", 1f, "worked", 1f,
            "lessons", 2f);
    private static final String[] HIGHLIGHTED = {"body", "worked", "lessons", "summary"};
    static final int MAX_PAGE = 50;
    /** Deepest result a page may start at (an address can say anything). */
    static final int MAX_OFFSET = 10_000;
    /** The longest search text ({@code error.text.too-long}): a question, not a document. */
    public static final int MAX_QUERY_CHARS = 500;

    public enum Sort { RELEVANCE, NEWEST, YEAR }

    /** Null or empty filters mean any. */
    public record Query(String text, Set<ClauseCategory> categories, Outcome outcome, Sector sector, Integer year,
            Sort sort, int offset, int limit) {

        public static Query of(String text) {
            return new Query(text, Set.of(), null, null, null, Sort.RELEVANCE, 0, 10);
        }
    }

    public record Hit(Long id, String title, List<String> snippets, Set<ClauseCategory> categories, Outcome outcome,
            Sector sector, Integer year, java.time.Instant publishedAt, float score) {
    }

    public record Page(long total, List<Hit> hits, Map<ClauseCategory, Long> categories, Map<Outcome, Long> outcomes,
            Map<Sector, Long> sectors, Map<Integer, Long> years) {
    }

    private final EntityManager entityManager;
    private final TenantAccess access;
    private final ArticleRepository articles;
    private final SharedCatalogue catalogue;
    private final CaseService cases;
    private final ReviewService reviews;

    KnowledgeSearch(EntityManager entityManager, TenantAccess access, ArticleRepository articles,
            SharedCatalogue catalogue, CaseService cases, ReviewService reviews) {
        this.entityManager = entityManager;
        this.access = access;
        this.articles = articles;
        this.catalogue = catalogue;
        this.cases = cases;
        this.reviews = reviews;
    }

    /** Searches the community's published articles; any member. A blank text lists them all. */
    public Page search(Query query) {
        access.requireMember();
        return run(entityManager, Article.class, true, query);
    }

    /** Searches the shared catalogue (articles every community may read); any member. */
    public Page searchShared(Query query) {
        access.requireMember();
        return catalogue.search(query);
    }

    /**
     * The five published articles most like a case (its title, mission and problem, and the clause
     * categories its kind of dispute involves); the case's freelancer, lead and supporters.
     */
    public List<Hit> similarToCase(Long caseId) {
        CaseDetail detail = cases.get(caseId);
        CaseIntake intake = detail.intake();
        String text = String.join(" ", java.util.stream.Stream.of(intake.title(), intake.mission().object(),
                intake.problem().description(), intake.problem().desiredOutcome())
                .filter(java.util.Objects::nonNull).toList());
        return similar(text, KnowledgeService.categoriesOf(intake.problem().category()));
    }

    /**
     * The five published articles most like a review request (its title and mission, and the clause
     * categories its findings are about); the requester and the experts it is shared with.
     */
    public List<Hit> similarToReview(Long requestId) {
        RequestDetail detail = reviews.get(requestId);
        Set<ClauseCategory> categories = detail.findings().stream().map(FindingView::category)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(ClauseCategory.class)));
        String text = String.join(" ", java.util.stream.Stream.of(detail.mission().title(),
                detail.mission().context()).filter(java.util.Objects::nonNull).toList());
        return similar(text, categories);
    }

    /** Text similarity (any word counts, rarer words more) plus a boost for each shared clause category. */
    private List<Hit> similar(String text, Set<ClauseCategory> categories) {
        String words = text.replaceAll("[\\p{Punct}«»“”’]", " ").replaceAll("\\s+", " ").strip();
        if (words.isEmpty() && categories.isEmpty()) {
            return List.of();
        }
        SearchSession session = Search.session(entityManager);
        List<Long> ids = session.search(Article.class).select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    var any = f.or();
                    if (!words.isEmpty()) {
                        any.add(f.simpleQueryString().fields(fields("")).matching(words)
                                .defaultOperator(BooleanOperator.OR));
                        any.add(f.simpleQueryString().fields(fields("_en")).matching(words)
                                .defaultOperator(BooleanOperator.OR));
                    }
                    if (!categories.isEmpty()) {
                        any.add(f.terms().field("category").matchingAny(categories).boost(2f));
                    }
                    root.add(any);
                })
                .fetchHits(5);
        Map<Long, Article> byId = articles.findAllById(ids).stream()
                .collect(Collectors.toMap(Article::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .map(a -> new Hit(a.getId(), a.published(KnowledgeEnums.Field.TITLE),
                        a.published(KnowledgeEnums.Field.CONTEXT) == null ? List.of()
                                : List.of(HtmlEscaper.escape(shorten(a.published(KnowledgeEnums.Field.CONTEXT)))),
                        a.getCategories(), a.getOutcome(), a.getSector(), a.getYear(), a.getPublishedAt(), 0f))
                .toList();
    }

    /**
     * One search over articles or catalogue entries (same fields), in the tenant of the given session.
     * Articles holding every word of the text as typed are the result when there are at least a page
     * of them; otherwise the search broadens: the words and phrases of the synonym list also stand
     * for their synonyms ("GDPR" for "RGPD"), articles holding any of the words count too (and, for
     * one or two words, words one typo away), ranked after those holding them all. At scale most
     * queries stop at the first, narrower query, which keeps counting and faceting cheap; on a small
     * knowledge base a natural question still finds the articles that answer most of it.
     */
    static Page run(EntityManager entityManager, Class<?> type, boolean publishedOnly, Query query) {
        String text = query.text() == null ? "" : query.text().strip();
        if (text.length() > MAX_QUERY_CHARS) {
            throw new PortalException("error.text.too-long", MAX_QUERY_CHARS, text.length());
        }
        SearchSession session = Search.session(entityManager);
        if (text.isEmpty()) {
            return page(execute(session, type, publishedOnly, query, text, false));
        }
        if (hasFilters(query)) {
            // decided on the text alone, so that a facet's count is what choosing it shows
            long allWords = session.search(type).where((f, root) -> {
                root.add(publishedOnly ? f.match().field("status").matching(ArticleStatus.PUBLISHED) : f.matchAll());
                root.add(allWords(f, text));
            }).fetchTotalHitCount();
            return page(execute(session, type, publishedOnly, query, text, allWords < BROADEN_BELOW));
        }
        SearchResult<List<?>> result = execute(session, type, publishedOnly, query, text, false);
        return page(result.total().hitCount() < BROADEN_BELOW
                ? execute(session, type, publishedOnly, query, text, true) : result);
    }

    /** Fewer articles than this holding every word: the search broadens to any word. */
    static final int BROADEN_BELOW = 10;

    private static final AggregationKey<Map<ClauseCategory, Long>> CATEGORY_FACET = AggregationKey.of("category");
    private static final AggregationKey<Map<Outcome, Long>> OUTCOME_FACET = AggregationKey.of("outcome");
    private static final AggregationKey<Map<Sector, Long>> SECTOR_FACET = AggregationKey.of("sector");
    private static final AggregationKey<Map<Integer, Long>> YEAR_FACET = AggregationKey.of("year");

    private static SearchResult<List<?>> execute(SearchSession session, Class<?> type, boolean publishedOnly,
            Query query, String text, boolean broad) {
        int limit = Math.max(1, Math.min(MAX_PAGE, query.limit()));
        return session.search(type)
                // everything a hit shows is projected from the index: no article is loaded from the database
                .select(f -> f.composite(f.id(Long.class), f.score(), f.highlight(HIGHLIGHTED[0]),
                        f.highlight(HIGHLIGHTED[1]), f.highlight(HIGHLIGHTED[2]), f.highlight(HIGHLIGHTED[3]),
                        f.field("title", String.class), f.field("summary", String.class),
                        f.field("category", ClauseCategory.class).set(), f.field("outcome", Outcome.class),
                        f.field("sector", Sector.class), f.field("year", Integer.class),
                        f.field("publishedAt", java.time.Instant.class)))
                .where((f, root) -> {
                    if (publishedOnly) {
                        root.add(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    } else {
                        root.add(f.matchAll());
                    }
                    if (!text.isEmpty() && !broad) {
                        root.add(allWords(f, text));
                    } else if (!text.isEmpty()) {
                        // every word found ranks first; a natural question still finds articles that
                        // answer most of it (all-words only was measured to lose on longer questions)
                        String expression = SearchSynonyms.quoteCompounds(SearchSynonyms.standard().expand(text));
                        var anyText = f.or();
                        anyText.add(f.simpleQueryString().fields(fields("")).matching(expression)
                                .defaultOperator(BooleanOperator.AND).boost(3f));
                        anyText.add(f.simpleQueryString().fields(fields("_en")).matching(expression)
                                .defaultOperator(BooleanOperator.AND).boost(3f));
                        anyText.add(f.simpleQueryString().fields(fields("")).matching(expression)
                                .defaultOperator(BooleanOperator.OR));
                        anyText.add(f.simpleQueryString().fields(fields("_en")).matching(expression)
                                .defaultOperator(BooleanOperator.OR));
                        if (typoTolerant(text)) {
                            // one or two words: also match with one typo per word of four letters or more
                            anyText.add(f.match().fields(fields("")).matching(text).fuzzy(1, 1));
                            anyText.add(f.match().fields(fields("_en")).matching(text).fuzzy(1, 1));
                        }
                        root.add(anyText);
                    }
                    if (query.categories() != null && !query.categories().isEmpty()) {
                        root.add(f.terms().field("category").matchingAny(query.categories()));
                    }
                    if (query.outcome() != null) {
                        root.add(f.match().field("outcome").matching(query.outcome()));
                    }
                    if (query.sector() != null) {
                        root.add(f.match().field("sector").matching(query.sector()));
                    }
                    if (query.year() != null) {
                        root.add(f.match().field("year").matching(query.year()));
                    }
                })
                .sort(f -> switch (query.sort() == null ? Sort.RELEVANCE : query.sort()) {
                    case RELEVANCE -> f.score();
                    case NEWEST -> f.field("publishedAt").desc();
                    case YEAR -> f.field("year").desc().missing().last().then().score();
                })
                // HTML encoder: the snippet is escaped like the fallback one, so only the marks are markup.
                // The unified highlighter marks a phrase only where the whole phrase matched: the plain one
                // marked "non" anywhere once the synonym phrase "non paiement" was part of the query.
                .highlighter(f -> f.unified().tag("<mark>", "</mark>")
                        .encoder(org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder.HTML)
                        .numberOfFragments(2))
                .aggregation(CATEGORY_FACET, f -> f.terms().field("category", ClauseCategory.class).maxTermCount(30))
                .aggregation(OUTCOME_FACET, f -> f.terms().field("outcome", Outcome.class))
                .aggregation(SECTOR_FACET, f -> f.terms().field("sector", Sector.class))
                .aggregation(YEAR_FACET, f -> f.terms().field("year", Integer.class).maxTermCount(30))
                .fetch(Math.max(0, Math.min(MAX_OFFSET, query.offset())), limit);
    }

    /** Articles holding every word of the text as typed, in the French or in the English analysis. */
    private static org.hibernate.search.engine.search.predicate.SearchPredicate allWords(
            org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f, String expression) {
        return f.or(f.simpleQueryString().fields(fields("")).matching(expression).defaultOperator(BooleanOperator.AND),
                f.simpleQueryString().fields(fields("_en")).matching(expression).defaultOperator(BooleanOperator.AND))
                .toPredicate();
    }

    private static boolean hasFilters(Query query) {
        return (query.categories() != null && !query.categories().isEmpty()) || query.outcome() != null
                || query.sector() != null || query.year() != null;
    }

    private static Page page(SearchResult<List<?>> result) {
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            List<String> snippets = new ArrayList<>();
            for (int i = 2; i <= 5 && snippets.size() < 2; i++) {
                for (Object fragment : (Collection<?>) row.get(i)) {
                    if (snippets.size() < 2) {
                        snippets.add(String.valueOf(fragment));
                    }
                }
            }
            String summary = (String) row.get(7);
            if (snippets.isEmpty() && summary != null) {
                snippets.add(HtmlEscaper.escape(shorten(summary)));
            }
            @SuppressWarnings("unchecked")
            Set<ClauseCategory> categories = (Set<ClauseCategory>) row.get(8);
            hits.add(new Hit((Long) row.get(0), (String) row.get(6), snippets,
                    categories == null ? Set.of() : Set.copyOf(categories), (Outcome) row.get(9), (Sector) row.get(10),
                    (Integer) row.get(11), (java.time.Instant) row.get(12), (Float) row.get(1)));
        }
        return new Page(result.total().hitCount(), hits, sorted(result.aggregation(CATEGORY_FACET)),
                sorted(result.aggregation(OUTCOME_FACET)), sorted(result.aggregation(SECTOR_FACET)),
                new LinkedHashMap<>(result.aggregation(YEAR_FACET)));
    }

    private static boolean typoTolerant(String text) {
        return text.split("\\s+").length <= 2 && text.length() >= 4 && !text.matches(".*[\"+|*~()-].*");
    }

    private static String[] fields(String suffix) {
        return FIELDS.keySet().stream().map(name -> name + suffix).toArray(String[]::new);
    }

    private static <K extends Comparable<K>> Map<K, Long> sorted(Map<K, Long> counts) {
        Map<K, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<K, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
