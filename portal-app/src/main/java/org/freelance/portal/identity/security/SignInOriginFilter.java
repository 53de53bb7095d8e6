package org.freelance.portal.identity.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import org.freelance.portal.base.PortalProperties;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in POST that a browser says comes from another site (login CSRF: signing a victim
 * into the attacker's account). Vaadin's login form carries no CSRF token, so the check reads what
 * browsers send on every form POST: {@code Sec-Fetch-Site} must be {@code same-origin} (or
 * {@code none}, typed by the person), and {@code Origin}, when present, must be the portal's own
 * ({@code PORTAL_BASE_URL}, or the address the request reached). A request with neither header is
 * not from a current browser and cannot act for a victim, so it passes.
 */
class SignInOriginFilter extends OncePerRequestFilter {

    private final String baseOrigin;

    SignInOriginFilter(PortalProperties properties) {
        this.baseOrigin = origin(URI.create(properties.baseUrl()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        boolean crossSite = fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none");
        boolean foreignOrigin = origin != null && !sameOrigin(origin, request);
        if (crossSite || foreignOrigin) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean sameOrigin(String origin, HttpServletRequest request) {
        String given = origin.toLowerCase(Locale.ROOT);
        String reached = origin(URI.create(request.getRequestURL().toString()));
        return given.equals(baseOrigin) || given.equals(reached);
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + String.valueOf(uri.getHost()).toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
