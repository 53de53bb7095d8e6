package org.freelance.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends the values still waiting in the browser before the user's next press, on a page whose
 * fields send their value only after a pause in typing (lazy value-change mode).
 * <p>
 * Vaadin's browser side holds such a value until the pause ends, and sends it early only before
 * an event that carries no property of its own (a button's click does; choosing a tab, which
 * synchronises the tab's "selected" property, does not; nor does following a link). A value typed
 * just before pressing a tab or a link then arrives after the step changed or the page was left,
 * or never. Listening for every pointer press and navigation key of the page while it is shown
 * gives the browser such an event at the right moment: it sends the waiting values first, then
 * the press, then whatever the press does.
 */
public final class PendingInput {

    /** Keys that move between tabs or follow a link, pressed outside a text field. */
    private static final String NAVIGATION_KEY = "['Enter',' ','ArrowLeft','ArrowRight','Home','End'].includes(event.key)"
            + " && !['input','textarea'].includes((event.target.localName || '').toLowerCase())";

    private PendingInput() {
    }

    public static void sendBeforePresses(Component page) {
        List<DomListenerRegistration> registrations = new ArrayList<>();
        page.addAttachListener(attach -> {
            var body = attach.getUI().getElement();
            registrations.add(body.addEventListener("pointerdown", e -> {
            }));
            registrations.add(body.addEventListener("keydown", e -> {
            }).setFilter(NAVIGATION_KEY));
        });
        page.addDetachListener(detach -> {
            registrations.forEach(DomListenerRegistration::remove);
            registrations.clear();
        });
    }
}
