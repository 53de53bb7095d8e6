package org.freelance.portal.knowledge;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.freelance.portal.base.SearchIndexMaintenance;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeSearch.Query;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainTestApplication;
import org.freelance.portal.testsupport.TestNotificationLinks;
import org.freelance.portal.testsupport.TestDatabaseInitializer;
import org.freelance.portal.testsupport.TestFixtures;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Knowledge search benchmark (not a test): generates N synthetic published articles in one
 * community (JDBC batches), rebuilds the Lucene index with the portal's mass indexer (timed),
 * builds a MariaDB FULLTEXT baseline over the same text (timed), then runs the same query mix on
 * both: latency (one thread, after warm-up) and throughput (several threads).
 *
 * <p>Arguments (all optional): articles (100000), timed queries (2000), warm-up queries (500),
 * threads for throughput (available processors). Environment: {@code KB_BENCH_DB_URL} (server URL,
 * default jdbc:mariadb://127.0.0.1:3306/), {@code KB_BENCH_DB_USER} (root), {@code KB_BENCH_DB_PASSWORD}
 * (empty). It creates its own database and index folder and drops both at the end. Run it as
 * docs/quality.md, "Benchmarks", says.
 */
public final class KnowledgeSearchBenchmark {

    private static final int K = 10;
    private static final AggregationKey<Map<ClauseCategory, Long>> CATEGORY = AggregationKey.of("category");
    private static final AggregationKey<Map<KnowledgeEnums.Outcome, Long>> OUTCOME = AggregationKey.of("outcome");
    private static final AggregationKey<Map<KnowledgeEnums.Sector, Long>> SECTOR = AggregationKey.of("sector");
    private static final AggregationKey<Map<Integer, Long>> YEAR = AggregationKey.of("year");

    private KnowledgeSearchBenchmark() {
    }

    record Figures(String engine, double p50, double p95, double max, double mean, double perSecond,
            double withHits) {
    }

    public static void main(String[] args) throws Exception {
        int count = arg(args, 0, 100_000);
        int timed = arg(args, 1, 2_000);
        int warmUp = arg(args, 2, 500);
        int threads = arg(args, 3, Runtime.getRuntime().availableProcessors());
        String server = env("KB_BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        server = server.endsWith("/") ? server : server + "/";
        String user = env("KB_BENCH_DB_USER", "root");
        String password = env("KB_BENCH_DB_PASSWORD", "");
        String database = "kb_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Path dataDir = Files.createTempDirectory("kb-bench");

        System.out.printf("Knowledge search benchmark: %,d articles, %,d timed queries (+%,d warm-up), %d threads "
                + "for throughput; %d processors, load average %.2f; database %s%s%n", count, timed, warmUp, threads,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), server,
                database);
        execute(server, user, password, "create database " + database
                + " character set utf8mb4 collate utf8mb4_unicode_ci");
        try (ConfigurableApplicationContext context = start(server + database, user, password, dataDir,
                threads)) {
            run(context, count, timed, warmUp, threads);
        } finally {
            execute(server, user, password, "drop database if exists " + database);
            deleteTree(dataDir);
        }
    }

    private static ConfigurableApplicationContext start(String url, String user, String password, Path dataDir,
            int threads) {
        SpringApplication application = new SpringApplication(DomainTestApplication.class,
                TestNotificationLinks.class);
        // the test classpath registers an initializer that points every context at a test database
        application.setInitializers(application.getInitializers().stream()
                .filter(i -> !(i instanceof TestDatabaseInitializer)).toList());
        application.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("spring.datasource.hikari.maximum-pool-size", threads + 4);
        properties.put("spring.jpa.hibernate.ddl-auto", "validate");
        properties.put("spring.jpa.open-in-view", "false");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "WARN");
        properties.put("portal.data-dir", dataDir.toString());
        // the portal's production setting: a Lucene index on the local file system
        properties.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-filesystem");
        application.setDefaultProperties(properties);
        return application.run();
    }

    private static void run(ConfigurableApplicationContext context, int count, int timed, int warmUp, int threads)
            throws Exception {
        TestFixtures fixtures = context.getBean(TestFixtures.class);
        KnowledgeSearch search = context.getBean(KnowledgeSearch.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        CommunityView community = fixtures.community("Bench");
        AccountView author = fixtures.member(community, Role.EXPERT);
        AccountView member = fixtures.member(community, Role.MEMBER);

        long start = System.nanoTime();
        insert(context.getBean(DataSource.class), community.slug(), author.id(), count);
        System.out.printf("Generated and inserted %,d published articles in %.1f s%n", count, seconds(start));

        start = System.nanoTime();
        context.getBean(SearchIndexMaintenance.class).rebuild(Set.of(community.slug()));
        double indexSeconds = seconds(start);
        System.out.printf("Lucene mass indexing (the portal's rebuild): %.1f s, %,.0f articles/s%n", indexSeconds,
                count / indexSeconds);

        start = System.nanoTime();
        jdbc.sql("create table kb_bench_fulltext (id bigint primary key, title varchar(400), text mediumtext not null)"
                + " engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci").update();
        jdbc.sql("insert into kb_bench_fulltext (id, title, text) select id, published_title, concat_ws(' ', "
                + "published_title, published_context, published_what_happened, published_what_worked, "
                + "published_next_time) from kb_article where tenant_id = :tenant and status = 'PUBLISHED'")
                .param("tenant", community.slug()).update();
        jdbc.sql("alter table kb_bench_fulltext add fulltext index ft_text (text)").update();
        System.out.printf("MariaDB FULLTEXT baseline table and index: %.1f s%n", seconds(start));

        List<String> mix = SyntheticArticles.queryMix();
        Random random = new Random(7);
        List<String> warm = random.ints(warmUp, 0, mix.size()).mapToObj(mix::get).toList();
        List<String> queries = random.ints(timed, 0, mix.size()).mapToObj(mix::get).toList();

        Function<String, Integer> portal = q -> fixtures.as(member, community,
                () -> search.search(Query.of(q)).hits().size());
        EntityManager entityManager = context.getBean(EntityManager.class);
        TransactionTemplate readOnly = new TransactionTemplate(
                context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        // the all-words text predicate KnowledgeSearch starts with (most queries stop there at this size), ids only
        Function<String, Integer> luceneIds = q -> fixtures.as(member, community, () -> readOnly.execute(s ->
                Search.session(entityManager).search(Article.class).select(f -> f.id(Long.class))
                        .where((f, root) -> textPredicate(f, root, q)).fetchHits(K).size()));
        // where the full search's time goes: the same query plus the four facets, or plus the highlights
        Function<String, Integer> luceneFacets = q -> fixtures.as(member, community, () -> readOnly.execute(s -> {
            var result = Search.session(entityManager).search(Article.class).select(f -> f.id(Long.class))
                    .where((f, root) -> textPredicate(f, root, q))
                    .aggregation(CATEGORY, f -> f.terms().field("category", ClauseCategory.class).maxTermCount(30))
                    .aggregation(OUTCOME, f -> f.terms().field("outcome", KnowledgeEnums.Outcome.class))
                    .aggregation(SECTOR, f -> f.terms().field("sector", KnowledgeEnums.Sector.class))
                    .aggregation(YEAR, f -> f.terms().field("year", Integer.class).maxTermCount(30))
                    .fetch(K);
            return result.hits().size();
        }));
        Function<String, Integer> luceneHighlights = q -> fixtures.as(member, community, () -> readOnly.execute(s ->
                Search.session(entityManager).search(Article.class)
                        .select(f -> f.composite(f.id(Long.class), f.highlight("body"), f.highlight("worked"),
                                f.highlight("lessons"), f.highlight("summary")))
                        .where((f, root) -> textPredicate(f, root, q))
                        .highlighter(f -> f.plain().tag("<mark>", "</mark>").fragmentSize(160).numberOfFragments(2))
                        .fetchHits(K).size()));
        Function<String, Integer> fulltext = q -> jdbc.sql("select id, title from kb_bench_fulltext where "
                + "match(text) against (:q in natural language mode) order by match(text) against "
                + "(:q in natural language mode) desc limit " + K).param("q", q).query().listOfRows().size();

        List<Figures> figures = new ArrayList<>();
        figures.add(measure("Lucene, KnowledgeSearch.search (facets, highlights, hits projected)", portal, warm,
                queries, threads));
        figures.add(measure("Lucene, all-words text query, top-10 ids only", luceneIds, warm, queries, threads));
        figures.add(measure("Lucene, all-words text query + four facets, ids only", luceneFacets, warm, queries,
                threads));
        figures.add(measure("Lucene, all-words text query + highlights, ids only", luceneHighlights, warm, queries,
                threads));
        figures.add(measure("MariaDB FULLTEXT, natural language, top-10 id+title", fulltext, warm, queries,
                threads));

        System.out.printf("%nQuery mix: %d distinct queries (1-3 words, French and English), %,d timed%n", mix.size(),
                timed);
        System.out.printf("%-66s %8s %8s %8s %8s %10s %8s%n", "engine (latency: 1 thread, ms)", "p50", "p95", "max",
                "mean", "q/s (" + threads + "t)", "hits>0");
        for (Figures f : figures) {
            System.out.printf("%-66s %8.2f %8.2f %8.1f %8.2f %10.0f %7.0f%%%n", f.engine(), f.p50(), f.p95(), f.max(),
                    f.mean(), f.perSecond(), f.withHits() * 100);
        }
        Figures ours = figures.get(0);
        Figures base = figures.getLast();
        System.out.printf("Throughput ratio KnowledgeSearch / MariaDB FULLTEXT: %.2fx (goal >= 5x); "
                + "top-10 ids only / MariaDB: %.2fx. p95 goal <= 20 ms: %s (%.2f ms)%n",
                ours.perSecond() / base.perSecond(), figures.get(1).perSecond() / base.perSecond(),
                ours.p95() <= 20 ? "met" : "NOT met", ours.p95());
        System.out.printf("Load average at the end: %.2f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void textPredicate(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root,
            String q) {
        root.add(f.match().field("status").matching(ArticleStatus.PUBLISHED));
        var any = f.or();
        any.add(f.simpleQueryString().fields(fields("")).matching(q).defaultOperator(BooleanOperator.AND));
        any.add(f.simpleQueryString().fields(fields("_en")).matching(q).defaultOperator(BooleanOperator.AND));
        root.add(any);
    }

    private static Figures measure(String engine, Function<String, Integer> query, List<String> warm,
            List<String> queries, int threads) throws Exception {
        warm.forEach(query::apply);
        double[] millis = new double[queries.size()];
        int withHits = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            int hits = query.apply(queries.get(i));
            millis[i] = (System.nanoTime() - start) / 1e6;
            withHits += hits > 0 ? 1 : 0;
        }
        double mean = Arrays.stream(millis).average().orElse(0);
        Arrays.sort(millis);

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String q : queries) {
                futures.add(pool.submit(() -> {
                    query.apply(q);
                    done.incrementAndGet();
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        double perSecond = done.get() / seconds(start);
        Figures figures = new Figures(engine, percentile(millis, 50), percentile(millis, 95),
                millis[millis.length - 1], mean, perSecond, (double) withHits / queries.size());
        System.out.printf("  measured: %s%n", engine);
        return figures;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Inserts published articles in batches of 1,000 rows, committing every batch. */
    private static void insert(DataSource dataSource, String tenant, Long authorId, int count) throws SQLException {
        SyntheticArticles generator = new SyntheticArticles(42);
        String columns = "tenant_id, status, scope, author_id, title, context, what_happened, what_worked, next_time, "
                + "clause_categories, outcome, sector, year_of_dispute, published_title, published_context, "
                + "published_what_happened, published_what_worked, published_next_time, created_at, updated_at, "
                + "submitted_at, published_at, version";
        String sql = "insert into kb_article (" + columns + ") values (" + "?, ".repeat(22) + "?)";
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                SyntheticArticles.Text t = generator.next();
                Timestamp at = Timestamp.from(base.plusSeconds(i * 60L));
                int c = 1;
                statement.setString(c++, tenant);
                statement.setString(c++, ArticleStatus.PUBLISHED.name());
                statement.setString(c++, KnowledgeEnums.Scope.COMMUNITY.name());
                statement.setLong(c++, authorId);
                for (int round = 0; round < 2; round++) {
                    if (round == 1) {
                        statement.setString(c++, t.categories().stream().sorted().map(Enum::name)
                                .collect(Collectors.joining(",")));
                        statement.setString(c++, t.outcome().name());
                        statement.setString(c++, t.sector().name());
                        statement.setInt(c++, t.year());
                    }
                    statement.setString(c++, t.title());
                    statement.setString(c++, t.context());
                    statement.setString(c++, t.whatHappened());
                    statement.setString(c++, t.whatWorked());
                    statement.setString(c++, t.nextTime());
                }
                for (int k = 0; k < 4; k++) {
                    statement.setTimestamp(c++, at);
                }
                statement.setLong(c, 0);
                statement.addBatch();
                if ((i + 1) % 1000 == 0 || i == count - 1) {
                    statement.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private static String[] fields(String suffix) {
        return KnowledgeSearch.FIELDS.keySet().stream().map(name -> name + suffix).toArray(String[]::new);
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
