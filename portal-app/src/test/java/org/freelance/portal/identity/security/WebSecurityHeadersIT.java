package org.freelance.portal.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a browser receives on real HTTP responses: protective headers, the session cookie, and a cross-site sign-in refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
class WebSecurityHeadersIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void pages_carry_a_content_security_policy_a_referrer_policy_and_nosniff() throws Exception {
        for (String path : List.of("/login", "/", "/c/demo", "/password-reset", "/VAADIN/pwa-does-not-exist.js")) {
            HttpResponse<String> page = get(path);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(path + " " + page.statusCode() + " " + page.headers().map()).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                            "form-action 'self'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
        HttpResponse<String> login = get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_even_with_the_right_password() throws Exception {
        HttpResponse<String> fromElsewhere = signIn("Origin", "https://attacker.example");
        assertThat(fromElsewhere.statusCode()).isEqualTo(403);
        assertThat(fromElsewhere.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));

        HttpResponse<String> fetchedCrossSite = signIn("Sec-Fetch-Site", "cross-site");
        assertThat(fetchedCrossSite.statusCode()).isEqualTo(403);
    }

    @Test
    void a_sign_in_posted_from_the_portals_own_page_works() throws Exception {
        HttpResponse<String> same = signIn("Origin", "http://localhost:" + port);
        assertThat(same.statusCode()).isEqualTo(302);
        assertThat(same.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpResponse<String> signIn(String header, String value) throws Exception {
        String form = "username=" + URLEncoder.encode("alice@demo.example", StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("demo-portail-2026", StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
