package org.freelance.portal.base;

import java.util.Map;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search defaults: Lucene index on disk under {@code PORTAL_DATA_DIR/index} and the
 * portal's analyzers. Anything set explicitly under {@code spring.jpa.properties} wins.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    @Bean
    HibernatePropertiesCustomizer searchDefaultsCustomizer(PortalProperties properties) {
        return (Map<String, Object> hibernate) -> {
            hibernate.putIfAbsent("hibernate.search.backend.analysis.configurer",
                    "class:" + SearchAnalyzers.class.getName());
            // pinned so that a Lucene upgrade never silently changes how an existing index is read
            hibernate.putIfAbsent("hibernate.search.backend.lucene_version", "9.12");
            hibernate.putIfAbsent("hibernate.search.backend.directory.type", "local-filesystem");
            hibernate.putIfAbsent("hibernate.search.backend.directory.root",
                    properties.dataDir().resolve("index").toAbsolutePath().toString());
        };
    }
}
