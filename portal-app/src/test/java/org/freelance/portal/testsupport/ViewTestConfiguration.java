package org.freelance.portal.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** What the simulated environment of {@link ViewTestSupport} adds to the portal's context. */
@TestConfiguration(proxyBeanMethods = false)
@Import(MailOutboxConfiguration.class)
class ViewTestConfiguration {
}
