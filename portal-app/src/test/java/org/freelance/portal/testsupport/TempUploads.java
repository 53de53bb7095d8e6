package org.freelance.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The uploaded files waiting on disk (the portal's temporary upload files). */
public final class TempUploads {

    private TempUploads() {
    }

    public static long count() {
        long count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "portal-upload-*")) {
            for (Path ignored : files) {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }
}
