package org.freelance.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an orchestrator and a monitoring system see, without signing in. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "portal.demo-data.enabled=true", "portal.security.metrics-username=scraper",
                "portal.security.metrics-password=scrape-secret-for-tests" })
class OperationsEndpointsIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void readiness_is_up_with_database_and_search_index() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void liveness_is_up() throws Exception {
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_metrics_are_refused_without_the_scrape_credentials() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("jvm_memory_used_bytes");
        assertThat(get("/actuator/prometheus", basic("scraper", "wrong-secret")).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic("alice@demo.example", "demo-portail-2026")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void prometheus_metrics_are_served_to_the_scraper() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus", basic("scraper", "scrape-secret-for-tests"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void health_and_info_stay_public_for_the_probes() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
    }

    @Test
    void other_actuator_endpoints_are_not_public() throws Exception {
        assertThat(get("/actuator/env").statusCode()).isIn(302, 401, 403, 404);
        assertThat(get("/actuator/env").body()).doesNotContain("spring.datasource");
    }

    @Test
    void an_error_page_never_shows_a_stack_trace() throws Exception {
        HttpResponse<String> error = get("/error");
        assertThat(error.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
