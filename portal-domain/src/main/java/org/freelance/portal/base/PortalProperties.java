package org.freelance.portal.base;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the portal itself.
 *
 * @param dataDir folder for the embedded database, the search index and files ({@code PORTAL_DATA_DIR})
 * @param baseUrl public address used in links sent by mail ({@code PORTAL_BASE_URL})
 * @param mailFrom sender address of outgoing mail ({@code PORTAL_MAIL_FROM})
 */
@ConfigurationProperties(prefix = "portal")
public record PortalProperties(Path dataDir, String baseUrl, String mailFrom) {

    public PortalProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : stripTrailingSlash(baseUrl);
        mailFrom = mailFrom == null || mailFrom.isBlank() ? "portal@localhost" : mailFrom;
    }

    public String link(String path) {
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
