package org.freelance.portal.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.AccessDeniedException;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;

/**
 * Test-only page that fails while opening, the way a view fails when its service refuses: lets the
 * error view tests reach each error page without depending on a feature's data.
 */
@Route(FailingTestRoute.ROUTE + "/:failure")
@PermitAll
public class FailingTestRoute extends Div implements BeforeEnterObserver {

    static final String ROUTE = "test-only/failing";
    static final String SECRET = "internal detail that must never reach the page";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        switch (event.getRouteParameters().get("failure").orElse("")) {
            case "unexpected" -> throw new IllegalStateException(SECRET);
            case "known" -> throw new PortalException("error.member.last-admin");
            case "missing-record" -> throw new NotFoundException();
            case "denied" -> throw new AccessDeniedException();
            default -> setText("did not fail");
        }
    }
}
