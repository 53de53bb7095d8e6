package org.freelance.portal.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser asks for before anyone signs in: the icons, served, not a 404 on every page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "portal.demo-data.enabled=true")
class StaticResourcesIT {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void favicon_ico_is_served_to_anyone() throws Exception {
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        // an ICO file starts with reserved 0, type 1
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    void the_svg_icon_the_pages_link_to_is_served_to_anyone() throws Exception {
        HttpResponse<byte[]> icon = get("/images/icon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(new String(icon.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<svg");
        HttpResponse<byte[]> login = get("/login");
        assertThat(new String(login.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("images/icon.svg");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
