package org.freelance.portal.testsupport;

import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.notification.NotificationLinks;
import org.freelance.portal.notification.NotificationTarget;
import org.springframework.boot.test.context.TestComponent;

/**
 * The domain's tests run without the web application, which owns the routes: mails there carry an
 * address that names the target plainly, so a test can tell which target a mail points at. Imported
 * by {@link DomainIntegrationTest}; never scanned into the web application's tests.
 */
@TestComponent
public class TestNotificationLinks implements NotificationLinks {

    private final PortalProperties properties;

    TestNotificationLinks(PortalProperties properties) {
        this.properties = properties;
    }

    @Override
    public String urlOf(String community, NotificationTarget target) {
        return properties.link("/test-target/" + community + "/"
                + (target == null ? "home" : target.type() + "/" + target.id()));
    }
}
