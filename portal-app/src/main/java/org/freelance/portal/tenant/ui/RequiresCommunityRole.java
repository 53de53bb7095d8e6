package org.freelance.portal.tenant.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.freelance.portal.tenant.Role;
import org.springframework.modulith.NamedInterface;

/**
 * On a community view: the roles (any of them) the member needs in the community of the route.
 * Checked by {@link CommunityGuard} before the view is entered; services check again.
 */
@NamedInterface("community-context")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RequiresCommunityRole {

    Role[] value();
}
