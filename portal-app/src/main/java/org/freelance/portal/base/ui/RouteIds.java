package org.freelance.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import org.freelance.portal.base.NotFoundException;

/**
 * The number a route's {@code :id} holds, read once as the route is entered. An address whose id is
 * not a number (letters, a number too large) leads nowhere, like a number nobody may read: the event
 * is sent to the not-found page.
 */
public final class RouteIds {

    /** The name of the parameter in the route's template ({@code .../:id}). */
    public static final String ID = "id";

    private RouteIds() {
    }

    /** Whether the address holds an id at all (a route with an alias without one). */
    public static boolean given(BeforeEnterEvent event) {
        return event.getRouteParameters().get(ID).isPresent();
    }

    /** The id; empty after sending the event to the not-found page when there is none or it is not a number. */
    public static Optional<Long> read(BeforeEnterEvent event) {
        Optional<Long> id;
        try {
            id = event.getRouteParameters().getLong(ID);
        } catch (IllegalArgumentException notANumber) {
            // Vaadin wraps the NumberFormatException
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            event.rerouteToError(new NotFoundException(), "");
        }
        return id;
    }
}
