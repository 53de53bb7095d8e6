package org.freelance.portal.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Registered in META-INF/spring.factories of the test classpath: every Spring Boot test context
 * talks to {@link TestDatabase}, indexes synchronously in memory, and keeps files in a temp folder.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", db.url());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password());
        properties.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");
        properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync");
        // every context of a test JVM shares one database: a starting context must not take over the
        // publications another context is still delivering
        properties.put("portal.events.resubmit-on-start", "false");
        try {
            properties.put("portal.data-dir", Files.createTempDirectory("portal-test-data").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // added last: explicit @SpringBootTest(properties=...) and @DynamicPropertySource still win
        context.getEnvironment().getPropertySources().addLast(new MapPropertySource("portal-test-database", properties));
    }
}
