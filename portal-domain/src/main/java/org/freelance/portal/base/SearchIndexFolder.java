package org.freelance.portal.base;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Lucene index folder on disk, which only ever holds what can be rebuilt from the database. */
final class SearchIndexFolder {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexFolder.class);

    private SearchIndexFolder() {
    }

    /**
     * Removes an index left by a database that no longer exists (the embedded database was just
     * installed into an empty folder while an index remained): it would show lessons learned that are
     * gone, and leak them to a community that later takes the same address.
     */
    static void discardOrphan(Path index) throws IOException {
        if (!Files.isDirectory(index)) {
            return;
        }
        log.warn("The search index in {} belongs to a database that no longer exists: removing it (it is rebuilt"
                + " from the database)", index);
        Files.walkFileTree(index, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
