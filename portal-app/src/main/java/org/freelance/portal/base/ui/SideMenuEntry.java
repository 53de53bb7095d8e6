package org.freelance.portal.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a view: it has an entry in the side menu, shown to whoever may open it. The view's own access
 * annotations ({@code @PermitAll}, {@code @RolesAllowed}, and on a community page the community roles
 * it requires) decide who sees the entry, so the menu never repeats them. Pages of a community are
 * offered inside that community only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SideMenuEntry {

    /** The message key of the entry's label. */
    String label();

    VaadinIcon icon();

    /** The entry's place in the menu, smallest first. */
    int order();
}
