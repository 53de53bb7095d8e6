package org.freelance.portal.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The account the portal uses on its embedded MariaDB: generated on the first start, kept in
 * {@code mariadb-credentials} in the data folder with owner-only permissions, and (re)declared to the
 * server at every start through an init file, which also removes anonymous and remote root accounts.
 */
record EmbeddedDatabaseAccount(String user, String password) {

    static final String FILE = "mariadb-credentials";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    static EmbeddedDatabaseAccount loadOrCreate(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (Files.exists(file)) {
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            String user = properties.getProperty("user");
            String password = properties.getProperty("password");
            if (user == null || password == null || !user.matches("[a-z_]{1,32}") || !password.matches("[A-Za-z0-9_-]{20,}")) {
                throw new IOException("The embedded database's credentials file " + file + " is damaged;"
                        + " restore it from a backup (the database is untouched).");
            }
            restrict(file);
            return new EmbeddedDatabaseAccount(user, password);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        EmbeddedDatabaseAccount account = new EmbeddedDatabaseAccount("portal",
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        writeOwnerOnly(file, List.of(
                "# The portal's account on its embedded MariaDB (127.0.0.1 only). Keep this file private.",
                "user=" + account.user(),
                "password=" + account.password()));
        return account;
    }

    /**
     * Writes the SQL the server runs at start, before it accepts connections: the portal's database
     * and account, and no account that signs in without a password from the network.
     */
    Path writeInitFile(Path root, String database) throws IOException {
        Path file = root.resolve("mariadb-init.sql");
        String account = "'" + user + "'@'127.0.0.1'";
        writeOwnerOnly(file, List.of(
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "';",
                "ALTER USER " + account + " IDENTIFIED BY '" + password + "';",
                "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account + ";",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');",
                "FLUSH PRIVILEGES;"));
        return file;
    }

    private static void writeOwnerOnly(Path file, List<String> lines) throws IOException {
        Files.deleteIfExists(file);
        if (supportsPosix(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
        restrict(file);
    }

    private static void restrict(Path file) throws IOException {
        if (supportsPosix(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean supportsPosix(Path file) {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public String toString() {
        return "EmbeddedDatabaseAccount[user=" + user + "]";
    }
}
