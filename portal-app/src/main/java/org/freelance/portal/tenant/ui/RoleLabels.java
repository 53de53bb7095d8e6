package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.Component;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.tenant.Role;

/** Roles as people read them. */
public final class RoleLabels {

    private RoleLabels() {
    }

    public static String of(Component translator, Set<Role> roles) {
        return roles.stream().sorted().map(r -> translator.getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "));
    }
}
