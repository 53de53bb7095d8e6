package org.freelance.portal.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.LoggerFactory;

/**
 * An upload field whose files go to a temporary file, never to memory, and are refused as soon as
 * they pass their limit: the browser's own check is only a courtesy, a client can send anything.
 * At most one buffer of {@value #BUFFER} bytes is held per upload in flight. A file handed over
 * belongs to the view, which deletes it after use ({@link Received#delete()}) and when its form is left
 * (a detach listener); a file still on its way when the field leaves the page is deleted here.
 */
public final class BoundedUpload implements UploadHandler {

    static final int BUFFER = 16 * 1024;
    /** Room for a multipart request's headers around the file. */
    private static final long MULTIPART_SLACK = 64 * 1024;

    /** A file received whole and under the limit, waiting on disk. */
    public record Received(String fileName, String path, long size) implements Serializable {

        /** The content; at most the upload's limit. */
        public byte[] bytes() {
            try {
                return Files.readAllBytes(Path.of(path));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public InputStream open() throws IOException {
            return Files.newInputStream(Path.of(path));
        }

        public void delete() {
            BoundedUpload.delete(Path.of(path));
        }
    }

    private final long maxBytes;
    private final SerializableConsumer<Received> onReceived;
    private final SerializableRunnable onTooLarge;
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private BoundedUpload(long maxBytes, SerializableConsumer<Received> onReceived, SerializableRunnable onTooLarge) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
        this.onTooLarge = onTooLarge;
    }

    /**
     * A translated upload field of at most {@code maxFiles} files of at most {@code maxBytes} each.
     * {@code onReceived} runs in the UI (under its lock) with each file received whole;
     * {@code onTooLarge} runs in the UI when a file is refused for its size, by the browser or here.
     */
    public static Upload create(long maxBytes, int maxFiles, SerializableConsumer<Received> onReceived,
            SerializableRunnable onTooLarge) {
        BoundedUpload handler = new BoundedUpload(maxBytes, onReceived, onTooLarge);
        Upload upload = new Upload(handler);
        Uploads.translated(upload);
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.addFileRejectedListener(e -> onTooLarge.run());
        upload.addDetachListener(e -> handler.deleteAll());
        upload.addAttachListener(e -> handler.closed = false);
        return upload;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile("portal-upload-", ".part");
        held.add(file.toString());
        long size = 0;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    // stop reading here: the rest of the body is the container's to discard
                    forget(file);
                    refuse(event);
                    return;
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            forget(file);
            throw e;
        }
        Received received = new Received(event.getFileName(), file.toString(), size);
        if (!inUi(event.getUI(), () -> {
            if (closed || !held.remove(received.path())) {
                delete(file);
            } else {
                onReceived.accept(received);
            }
        })) {
            forget(file);
        }
    }

    /** A file as if it had been uploaded (for the views' test hooks): on disk, owned by the caller. */
    public static Received store(String fileName, byte[] content) {
        try {
            Path file = Files.createTempFile("portal-upload-", ".part");
            Files.write(file, content);
            return new Received(fileName, file.toString(), content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_SLACK;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }

    private void refuse(UploadEvent event) {
        event.reject("File too large");
        inUi(event.getUI(), onTooLarge::run);
    }

    /** Deletes every file still on its way to the view: the field left the page. */
    void deleteAll() {
        closed = true;
        held.forEach(path -> delete(Path.of(path)));
        held.clear();
    }

    private void forget(Path file) {
        held.remove(file.toString());
        delete(file);
    }

    private static boolean inUi(UI ui, Runnable task) {
        if (ui == null) {
            return false;
        }
        try {
            ui.access(task::run);
            return true;
        } catch (RuntimeException detached) {
            return false;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LoggerFactory.getLogger(BoundedUpload.class).warn("Could not delete the uploaded file {}", file, e);
        }
    }
}
