package org.freelance.portal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain never builds a route of the web application: a notification stores a typed target and
 * only the application's {@code notification.ui.NotificationRoutes} turns it into {@code c/<slug>/...}.
 * Routes are string constants, which compiled classes inline, so the sources are read.
 */
class DomainRoutesTest {

    /** A literal that starts a community route ("c/..." or "/c/..."). */
    private static final Pattern COMMUNITY_ROUTE = Pattern.compile("\"/?c/");
    /** A feature's route segment with something appended to it (an id, a page): "/cases/" + id. */
    private static final Pattern FEATURE_SEGMENT = Pattern.compile(
            "\"[^\"\\n]*/(cases|reviews|knowledge|notifications|members)(/[^\"\\n]*)?\"\\s*\\+");

    @Test
    void no_route_of_the_web_application_is_written_in_the_domain() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (COMMUNITY_ROUTE.matcher(line).find() || FEATURE_SEGMENT.matcher(line).find()) {
                        found.add(sources.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_rule_recognises_the_routes_it_forbids() {
        assertThat(COMMUNITY_ROUTE.matcher("return \"c/\" + slug + \"/cases/\" + id;").find()).isTrue();
        assertThat(FEATURE_SEGMENT.matcher("link(\"/reviews/\" + request.getId())").find()).isTrue();
        assertThat(FEATURE_SEGMENT.matcher("loadWords(\"/knowledge/first-names.txt\")").find()).isFalse();
    }
}
