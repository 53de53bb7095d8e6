package org.freelance.portal.base;

import java.io.IOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * Tells a file's type from its bytes with Apache Tika, never from its name, so a renamed
 * executable is not taken for a PDF. Unreadable input is {@code error.upload.unreadable}.
 */
@Component
public class ContentSniffer {

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    /** The base media type, such as {@code application/pdf}. */
    public String mediaType(byte[] content) {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return detector.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new PortalException("error.upload.unreadable");
        }
    }
}
