package org.freelance.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/** A check run before every navigation of every UI (features contribute them as beans). */
public interface NavigationGuard {

    void beforeEnter(BeforeEnterEvent event);
}
