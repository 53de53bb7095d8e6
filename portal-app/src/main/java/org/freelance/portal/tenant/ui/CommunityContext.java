package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Optional;
import org.freelance.portal.tenant.MyCommunity;
import org.freelance.portal.tenant.Role;
import org.springframework.modulith.NamedInterface;

/**
 * The community a UI is showing, kept in the UI's own state: set by {@link CommunityGuard} on every
 * navigation from the route's slug and read back for every later request of that UI.
 */
@NamedInterface("community-context")
public final class CommunityContext {

    /** The route parameter naming the community: a route with it is a page of a community. */
    public static final String SLUG = "slug";

    private CommunityContext() {
    }

    public static Optional<MyCommunity> current() {
        UI ui = UI.getCurrent();
        return ui == null ? Optional.empty() : of(ui);
    }

    public static Optional<MyCommunity> of(UI ui) {
        return Optional.ofNullable(ComponentUtil.getData(ui, MyCommunity.class));
    }

    public static boolean hasRole(Role role) {
        return current().map(c -> c.roles().contains(role)).orElse(false);
    }

    /** Whether the member's roles in the community let them open this view ({@link RequiresCommunityRole}). */
    public static boolean mayOpen(MyCommunity community, Class<?> view) {
        RequiresCommunityRole required = view.getAnnotation(RequiresCommunityRole.class);
        return required == null || Arrays.stream(required.value()).anyMatch(community.roles()::contains);
    }

    /** The route of a page of the current community, such as {@code c/demo/members}. */
    public static String path(String slug, String page) {
        return page == null || page.isEmpty() ? "c/" + slug : "c/" + slug + "/" + page;
    }

    static void set(UI ui, MyCommunity community) {
        ComponentUtil.setData(ui, MyCommunity.class, community);
    }
}
