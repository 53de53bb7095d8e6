package org.freelance.portal.testsupport;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;

/**
 * A raw upload POST as a client that ignores the browser's size check sends it: a body of any length,
 * generated as it is read (never held by the test), streamed into the handler the upload field has
 * registered, the one Vaadin's request handler calls. It tells how far the handler read and how many
 * bytes the handling thread allocated meanwhile. The announced length is unknown (-1), as with a
 * chunked request, so the handler cannot refuse from the header alone.
 */
public final class RawUpload {

    /** What the handler did with the body. */
    public record Outcome(boolean rejected, long bytesRead, long bytesAllocated) {
    }

    private RawUpload() {
    }

    /** Call between the test's round trips (the field must be attached and rendered). */
    public static Outcome send(Upload upload, String fileName, String contentType, long length) {
        String target = upload.getElement().getAttribute("target");
        UploadHandler handler = (UploadHandler) VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, URI.create(target))
                .orElseThrow(() -> new IllegalStateException("no upload handler registered")).getElementRequestHandler();
        Generated body = new Generated(length);
        UploadEvent event = new UploadEvent(VaadinRequest.getCurrent(), VaadinResponse.getCurrent(),
                VaadinSession.getCurrent(), fileName, -1, contentType, upload.getElement(), null) {
            @Override
            public InputStream getInputStream() {
                return body;
            }
        };
        long before = allocated();
        try {
            handler.handleUploadRequest(event);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long allocated = allocated() - before;
        MockVaadin.runUIQueue(false, VaadinSession.getCurrent());
        return new Outcome(event.isRejected(), body.read, allocated);
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    /** {@code length} bytes of a repeating pattern, counted as they are read. */
    private static final class Generated extends InputStream {
        private final long length;
        long read;

        Generated(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            return read < length ? (int) (read++ % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((read + i) % 251);
            }
            read += n;
            return n;
        }
    }
}
