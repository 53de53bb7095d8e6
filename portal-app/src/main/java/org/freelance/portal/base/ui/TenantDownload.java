package org.freelance.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.freelance.portal.base.TenantScope;

/**
 * Serves a file of the community a page shows. A download is its own HTTP request, outside the UI's,
 * where the community cannot be read from the UI: it is given when the link is made and bound
 * explicitly around the read, and the service read from still checks that the signed-in person may
 * read the file there.
 */
public final class TenantDownload {

    private TenantDownload() {
    }

    /** What a download sends: the name the browser saves it under, its media type and its bytes. */
    public record File(String name, String mediaType, byte[] content) {

        public File {
            mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        }
    }

    /** Reads the file within {@code community} each time it is downloaded. */
    public static DownloadHandler handler(String community, SerializableSupplier<File> read) {
        return DownloadHandler.fromInputStream(event -> {
            File file = TenantScope.call(community, read);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.mediaType(),
                    file.content().length);
        });
    }

    /** A link that saves the file (rather than opening it in the tab), read within {@code community}. */
    public static Anchor link(String community, String text, SerializableSupplier<File> read) {
        Anchor link = new Anchor(handler(community, read), text);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
