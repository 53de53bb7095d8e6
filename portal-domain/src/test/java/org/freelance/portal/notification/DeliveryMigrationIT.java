package org.freelance.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.freelance.portal.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Migration 6.8 on a database holding rows written before it: every notification link of a known
 * shape becomes its typed target (anything else, no target), and invitations mailed before are
 * recorded as sent.
 */
class DeliveryMigrationIT {

    @Test
    void links_become_typed_targets_and_mailed_invitations_count_as_sent() throws SQLException {
        TestDatabase.Connection server = TestDatabase.get();
        String base = server.url().substring(0, server.url().lastIndexOf('/') + 1);
        String name = "portal_migration_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(base, server, "create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        String url = base + name;
        try {
            migrate(url, server, "6.6");
            execute(url, server,
                    "insert into user_account (id, email, display_name, created_at) values (1, 'a@x.test', 'A', now(6))",
                    "insert into community (slug, name, default_language, accent_colour, created_at)"
                            + " values ('demo', 'Demo', 'fr', '#123456', now(6))",
                    notification(1, "c/demo/cases/queue"),
                    notification(2, "c/demo/cases/12"),
                    notification(3, "c/demo/reviews/7"),
                    notification(4, "c/demo/knowledge/review/5"),
                    notification(5, "c/demo/knowledge/edit/5"),
                    notification(6, "c/demo/knowledge/5"),
                    notification(7, "c/demo"),
                    notification(8, null),
                    "insert into invitation (tenant_id, email, roles, token_hash, invited_by, created_at, expires_at, mailed)"
                            + " values ('demo', 'm@x.test', 'MEMBER', repeat('a', 64), 1, '2026-01-02 03:04:05', now(6), true),"
                            + " ('demo', 's@x.test', 'MEMBER', repeat('b', 64), 1, now(6), now(6), false)");

            migrate(url, server, null);

            assertThat(rows(url, server, "select concat(id, ' ', coalesce(target_type, '-'), ' ',"
                    + " coalesce(target_id, '-')) from notification order by id")).containsExactly(
                    "1 CASE_QUEUE -", "2 CASE 12", "3 REVIEW_REQUEST 7", "4 ARTICLE_MODERATION 5",
                    "5 ARTICLE_DRAFT 5", "6 ARTICLE 5", "7 - -", "8 - -");
            assertThat(rows(url, server, "select concat(email, ' ', coalesce(mail_sent_at, '-'))"
                    + " from invitation order by email")).containsExactly(
                    "m@x.test 2026-01-02 03:04:05.000000", "s@x.test -");
            assertThat(rows(url, server, "select count(*) from EVENT_PUBLICATION")).containsExactly("0");
        } finally {
            execute(base, server, "drop database " + name);
        }
    }

    private static String notification(long id, String link) {
        return "insert into notification (id, tenant_id, user_id, message_key, arguments, link, created_at) values ("
                + id + ", 'demo', 1, 'case.taken', 'x', " + (link == null ? "null" : "'" + link + "'") + ", now(6))";
    }

    private static void migrate(String url, TestDatabase.Connection server, String target) {
        var configuration = Flyway.configure().dataSource(url, server.username(), server.password())
                .locations("classpath:db/migration");
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }

    private static void execute(String url, TestDatabase.Connection server, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
                Statement statement = c.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> rows(String url, TestDatabase.Connection server, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, server.username(), server.password());
                Statement statement = c.createStatement(); ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
