package org.freelance.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import org.freelance.portal.base.NotFoundException;

/**
 * The record id a route carries as {@code :id}, read as a number in one place. An address whose id
 * is not a number (letters, or digits past a long's range) shows the same not-found page as an id
 * that names nothing.
 */
public final class RouteIds {

    /** The name of the parameter in the route's template ({@code .../:id}). */
    public static final String ID = "id";

    private RouteIds() {
    }

    /** The route's id; absent or not a number: {@link NotFoundException}. */
    public static long required(RouteParameters parameters) {
        return optional(parameters).orElseThrow(NotFoundException::new);
    }

    /** The route's id, empty for a route without one (a page that creates); not a number: {@link NotFoundException}. */
    public static Optional<Long> optional(RouteParameters parameters) {
        Optional<String> id = parameters.get(ID);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(id.get()));
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** Whether the address holds an id at all (a route with an alias without one). */
    public static boolean given(BeforeEnterEvent event) {
        return event.getRouteParameters().get(ID).isPresent();
    }

    /** The id; empty after sending the event to the not-found page when there is none or it is not a number. */
    public static Optional<Long> read(BeforeEnterEvent event) {
        Optional<Long> id;
        try {
            id = optional(event.getRouteParameters());
        } catch (NotFoundException notANumber) {
            id = Optional.empty();
        }
        if (id.isEmpty()) {
            event.rerouteToError(new NotFoundException(), "");
        }
        return id;
    }
}
