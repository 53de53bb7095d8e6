package org.freelance.portal.testsupport;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** Boots the domain alone (no web, no Vaadin) for the domain's integration tests. */
@SpringBootApplication(scanBasePackages = "org.freelance.portal")
@EntityScan("org.freelance.portal")
@EnableJpaRepositories("org.freelance.portal")
public class DomainTestApplication {
}
