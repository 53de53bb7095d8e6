package org.freelance.portal.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.freelance.portal.base.ui.PortalI18NProvider;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.identity.ui.ProfileView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.ui.NotificationsView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.MyCommunity;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The frame around every signed-in page: the community switcher and the user menu in the header,
 * and a side navigation listing only what the member's roles in the current community allow.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private final CommunityService communities;
    private final NotificationService notifications;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final Select<MyCommunity> switcher = new Select<>();
    private final SideNav nav = new SideNav();
    private final Span communityTitle = new Span();
    private final Avatar avatar = new Avatar();
    private final Span userName = new Span();
    private List<MyCommunity> myCommunities = List.of();
    private Map<String, Long> unreadPerCommunity = Map.of();
    private final Div phoneCommunities = new Div();
    private List<MenuEntry> menuEntries;

    public MainLayout(CommunityService communities, AccountService accounts, CurrentUser currentUser,
            AuthenticationContext authentication, NotificationService notifications) {
        this.communities = communities;
        this.notifications = notifications;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        communityTitle.addClassName("portal-community-title");
        switcher.setId("community-switcher");
        switcher.setAriaLabel(getTranslation("shell.switcher"));
        switcher.setPlaceholder(getTranslation("shell.switcher.placeholder"));
        switcher.setItemLabelGenerator(MyCommunity::name);
        switcher.setRenderer(new ComponentRenderer<>(this::switcherItem));
        switcher.addClassName("portal-switcher");
        switcher.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(CommunityContext.path(e.getValue().slug(), null));
            }
        });
        HorizontalLayout header = new HorizontalLayout(toggle, communityTitle, switcher, userMenu());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(communityTitle);
        header.addClassName("portal-header");
        addToNavbar(header);

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("portal-app-name");
        nav.setId("side-nav");
        addToDrawer(appName, nav, drawerAccount());
    }

    /** A community in the switcher, with how many notifications wait there: where there is work. */
    private Component switcherItem(MyCommunity community) {
        Span name = new Span(community.name());
        long unread = unreadPerCommunity.getOrDefault(community.slug(), 0L);
        if (unread == 0) {
            return name;
        }
        Span badge = new Span(String.valueOf(unread));
        badge.addClassName("portal-count");
        badge.getElement().setAttribute("aria-label", getTranslation("shell.unread.badge", unread));
        HorizontalLayout item = new HorizontalLayout(name, badge);
        item.setAlignItems(FlexComponent.Alignment.CENTER);
        item.setSpacing(true);
        return item;
    }

    /**
     * Language and sign-out also at the foot of the side menu: on a phone the header has room for the
     * menu button and the community only.
     */
    private Div drawerAccount() {
        Div account = new Div();
        account.setId("drawer-account");
        account.addClassName("portal-drawer-account");
        Span title = new Span(getTranslation("shell.account"));
        title.addClassName("portal-drawer-account-title");
        account.add(title);
        HorizontalLayout languages = new HorizontalLayout();
        languages.setSpacing(false);
        languages.getStyle().set("flex-wrap", "wrap");
        for (Locale locale : PortalI18NProvider.LOCALES) {
            Button choose = new Button(getTranslation("language." + locale.getLanguage()), e -> switchLanguage(locale));
            choose.setId("drawer-language-" + locale.getLanguage());
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            boolean current = locale.getLanguage().equals(getLocale().getLanguage());
            choose.setEnabled(!current);
            choose.getElement().setAttribute("aria-pressed", String.valueOf(current));
            languages.add(choose);
        }
        Button signOut = new Button(getTranslation("shell.sign-out"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        signOut.setId("drawer-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        phoneCommunities.setId("drawer-communities");
        phoneCommunities.addClassName("portal-phone-only");
        phoneCommunities.getStyle().set("flex-direction", "column");
        account.add(languages, signOut, phoneCommunities);
        return account;
    }

    /** On a phone the switcher does not fit the header: the other communities are listed in the side menu. */
    private void showPhoneCommunities(Optional<MyCommunity> current) {
        phoneCommunities.removeAll();
        List<MyCommunity> others = myCommunities.stream()
                .filter(c -> current.map(MyCommunity::slug).map(slug -> !slug.equals(c.slug())).orElse(true)).toList();
        if (current.isEmpty() || others.isEmpty()) {
            return;
        }
        Span title = new Span(getTranslation("shell.switcher"));
        title.addClassName("portal-drawer-account-title");
        phoneCommunities.add(title);
        for (MyCommunity other : others) {
            phoneCommunities.add(new com.vaadin.flow.component.html.Anchor(CommunityContext.path(other.slug(), null),
                    other.name()));
        }
    }

    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        avatar.addClassName("portal-avatar");
        userName.addClassName("portal-user-name");
        HorizontalLayout label = new HorizontalLayout(avatar, userName);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        MenuItem root = menu.addItem(label);
        root.getElement().setAttribute("aria-label", getTranslation("shell.user-menu"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.profile"), e -> UI.getCurrent().navigate(ProfileView.class));
        SubMenu languages = sub.addItem(getTranslation("shell.language")).getSubMenu();
        for (Locale locale : PortalI18NProvider.LOCALES) {
            MenuItem item = languages.addItem(getTranslation("language." + locale.getLanguage()),
                    e -> switchLanguage(locale));
            item.setCheckable(true);
            item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        sub.addItem(getTranslation("shell.sign-out"), e -> authentication.logout());
        return menu;
    }

    /** Read again on every navigation: the profile page may have just changed it. */
    private void showUserName() {
        String name = currentUser.id().flatMap(accounts::find).map(AccountView::displayName).orElse("");
        avatar.setName(name);
        userName.setText(name);
    }

    private void switchLanguage(Locale locale) {
        accounts.changeLanguage(locale.getLanguage());
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(org.freelance.portal.base.ui.PortalUiInitListener.CHOSEN_LOCALE, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUserName();
        myCommunities = communities.myCommunities().stream().filter(c -> !c.archived()).toList();
        unreadPerCommunity = notifications.unreadPerCommunity(
                myCommunities.stream().map(MyCommunity::slug).collect(Collectors.toSet()));
        Optional<MyCommunity> current = CommunityContext.current();
        switcher.setItems(myCommunities);
        switcher.setVisible(!myCommunities.isEmpty());
        current.flatMap(c -> myCommunities.stream().filter(m -> m.slug().equals(c.slug())).findFirst())
                .ifPresentOrElse(switcher::setValue, switcher::clear);
        communityTitle.setText(current.map(MyCommunity::name).orElse(getTranslation("app.name")));
        String accent = current.map(MyCommunity::accentColour).orElse(null);
        getElement().getStyle().set("--portal-accent", accent == null ? "var(--lumo-primary-color)" : accent);
        buildNav(current);
        showPhoneCommunities(current);
    }

    /**
     * The views' own access annotations decide the entries: the current community's pages the member's
     * roles there open, then (outside any community) the person's communities, then their own pages.
     */
    private void buildNav(Optional<MyCommunity> current) {
        nav.removeAll();
        current.ifPresent(community -> menuEntries().stream()
                .filter(e -> e.inCommunity() && mayOpen(e.view()) && CommunityContext.mayOpen(community, e.view()))
                .forEach(e -> nav.addItem(item(e, RouteConfiguration.forApplicationScope().getUrl(e.view(),
                        new RouteParameters(CommunityContext.SLUG, community.slug()))))));
        if (current.isEmpty() && !myCommunities.isEmpty()) {
            SideNav mine = nav;
            myCommunities.forEach(c -> mine.addItem(new SideNavItem(c.name(), CommunityContext.path(c.slug(), null),
                    VaadinIcon.GROUP.create())));
        }
        menuEntries().stream().filter(e -> !e.inCommunity() && mayOpen(e.view()))
                .forEach(e -> nav.addItem(item(e, RouteConfiguration.forApplicationScope().getUrl(e.view()))));
    }

    /** A view with a side-menu entry, and whether it is a page of a community. */
    private record MenuEntry(Class<? extends Component> view, SideMenuEntry entry, boolean inCommunity) {
    }

    /** The routes with a side-menu entry, in the menu's order (routes do not change while the app runs). */
    private List<MenuEntry> menuEntries() {
        if (menuEntries == null) {
            menuEntries = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .filter(r -> r.getNavigationTarget().isAnnotationPresent(SideMenuEntry.class))
                    .map(r -> new MenuEntry(r.getNavigationTarget(),
                            r.getNavigationTarget().getAnnotation(SideMenuEntry.class),
                            r.getRouteParameters().containsKey(CommunityContext.SLUG)))
                    .sorted(Comparator.comparingInt(e -> e.entry().order())).toList();
        }
        return menuEntries;
    }

    /** Whether the signed-in person passes the view's {@code @PermitAll} or {@code @RolesAllowed}. */
    private boolean mayOpen(Class<? extends Component> view) {
        Principal principal = SecurityContextHolder.getContext().getAuthentication();
        return authentication.isAuthenticated() && ACCESS.hasAccess(view, principal, authentication::hasRole);
    }

    private SideNavItem item(MenuEntry entry, String path) {
        SideNavItem item = item(entry.entry().label(), path, entry.entry().icon());
        if (entry.view() == NotificationsView.class) {
            long unread = notifications.unreadCount();
            if (unread > 0) {
                Span badge = new Span(String.valueOf(unread));
                badge.addClassName("portal-count");
                badge.getElement().setAttribute("aria-label", getTranslation("notifications.unread", unread));
                item.setSuffixComponent(badge);
            }
        }
        return item;
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }
}
