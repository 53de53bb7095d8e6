package org.freelance.portal.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.browserless.mocks.MockSpringServlet;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.security.PortalUser;
import org.freelance.portal.shell.AccessDeniedView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the browserless view tests ({@code *ViewTest}): the whole portal in one Spring context
 * shared by every view test class (keep the annotations here, add none on subclasses, or Spring starts
 * a second context), on the real test MariaDB, with the demo communities seeded and a
 * {@link MailOutbox} as SMTP server. The simulated browser asks for French.
 *
 * <p>Signing in puts the portal's own principal ({@link PortalUser}, loaded by the portal's
 * {@link UserDetailsService}) in the security context and opens a fresh browser session, as a real
 * sign-in followed by a page load does: the language comes from the profile and the layout is built
 * for that person.
 *
 * <p>Tests do not depend on order: the demo data ({@code demo}, {@code autre} and their people) is for
 * reading only; a test that changes anything builds its own community and people with
 * {@link #fixtures()}, whose names are unique.
 *
 * <p>Time is the portal's {@link TestClock} ({@link #clock}), back to its start after each test.
 */
@SpringBootTest(properties = {"portal.demo-data.enabled=true", "spring.main.banner-mode=off"})
@Import(ViewTestConfiguration.class)
public abstract class ViewTestSupport extends SpringBrowserlessTest {

    /** Demo data (see DemoDataSeeder): read, never change. */
    protected static final String DEMO = "demo";
    protected static final String AUTRE = "autre";
    protected static final String ALICE_MEMBER = "alice@demo.example";
    protected static final String ERIC_EXPERT = "eric@demo.example";
    protected static final String MAYA_MEDIATOR = "maya@demo.example";
    protected static final String ADA_ADMIN = "ada@demo.example";
    protected static final String BOB_OF_AUTRE = "bob@other.example";
    protected static final String OSCAR_OPERATOR = "oscar@demo.example";

    private static volatile Locale browserLocale = Locale.FRENCH;

    @Autowired
    private ApplicationContext applicationContext;
    @Autowired
    private UserDetailsService userDetailsService;
    @Autowired
    private AccountService accounts;
    @Autowired
    private CommunityService communities;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    protected MailOutbox mailOutbox;
    /** The portal's clock: set it where dates matter, and compute expected dates from it. */
    @Autowired
    protected TestClock clock;

    private TestFixtures fixtures;

    /** Scans every package of the portal (and of these tests) for routes, layouts and error views. */
    @Override
    protected Set<String> scanPackages() {
        return Set.of("org.freelance.portal");
    }

    /**
     * As {@link SpringBrowserlessTest} does, except that the UI starts in the browser's language, as the
     * real bootstrap gives it (the simulated one leaves the JVM's default), before the portal's UI
     * init listener picks the language from the profile.
     */
    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        scanTesters();
        UIFactory uiFactory = ViewTestSupport::newUi;
        MockVaadin.setup(uiFactory, new MockSpringServlet(discoverRoutes(), applicationContext, uiFactory),
                lookupServices());
        initSignalsSupport();
    }

    private static UI newUi() {
        MockedUI ui = new MockedUI();
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(browserLocale);
        }
        ui.setLocale(browserLocale);
        return ui;
    }

    @AfterEach
    void forgetTheBrowser() {
        SecurityContextHolder.clearContext();
        browserLocale = Locale.FRENCH;
    }

    // --- who is there ---------------------------------------------------------------------------

    /** Communities and people with unique names, built through the real services. */
    protected TestFixtures fixtures() {
        if (fixtures == null) {
            fixtures = new TestFixtures(accounts, communities, jdbc);
        }
        return fixtures;
    }

    /** A new community of its own, for a test that changes state. */
    protected CommunityView newCommunity(String namePrefix) {
        return fixtures().community(namePrefix);
    }

    /** A new local account (password {@link TestFixtures#PASSWORD}) with these roles in the community. */
    protected AccountView newMember(CommunityView community, Role first, Role... more) {
        return fixtures().member(community, first, more);
    }

    /** Runs work as this person inside this community (to prepare data through the services). */
    protected <T> T as(AccountView person, CommunityView community, java.util.function.Supplier<T> work) {
        return fixtures().as(person, community, work);
    }

    /** Runs work inside the community as the test operator (e.g. to add someone directly). */
    protected void asOperatorIn(String slug, Runnable work) {
        fixtures().asOperator(() -> {
            TenantScope.run(slug, work);
            return null;
        });
    }

    // --- signing in -----------------------------------------------------------------------------

    /** Signs this person in with the portal's principal and opens a fresh browser session on "/". */
    protected PortalUser signInAs(AccountView person) {
        return signInAs(person.email());
    }

    /** Signs the account with this email in (demo accounts included) and opens a fresh session on "/". */
    protected PortalUser signInAs(String email) {
        UserDetails user = userDetailsService.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        newBrowserSession();
        return (PortalUser) user;
    }

    /** Anonymous again, in a fresh browser session. */
    protected void signOut() {
        SecurityContextHolder.clearContext();
        newBrowserSession();
    }

    /** A browser asking for this language (the default is French), in a fresh session. */
    protected void browserSpeaks(Locale locale) {
        browserLocale = locale;
        newBrowserSession();
    }

    /** Closes the session and UI and opens new ones, as a page load in a new browser would. */
    protected void newBrowserSession() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    // --- what the person sees -------------------------------------------------------------------

    /**
     * Navigates and asserts where the person lands (a view, or an error view for a refusal). The
     * location may carry query parameters ({@code login?error}).
     */
    protected <T extends Component> T open(String location, Class<T> expected) {
        int query = location.indexOf('?');
        if (query < 0) {
            return navigate(location, expected);
        }
        UI.getCurrent().navigate(location.substring(0, query),
                QueryParameters.fromString(location.substring(query + 1)));
        assertThat(getCurrentView()).as("view shown for %s", location).isInstanceOf(expected);
        return expected.cast(getCurrentView());
    }

    /** Asserts that the location is refused with the access-denied page (in French). */
    protected AccessDeniedView assertRefused(String location) {
        AccessDeniedView denied = navigate(location, AccessDeniedView.class);
        assertThat(textOf(denied)).contains("Accès refusé", "Vous n’avez pas accès à cette page.");
        return denied;
    }

    /** All the text of the page: layout, view and any open overlay (not field labels or values). */
    protected String pageText() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    protected static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }

    /** Texts of the toasts currently open. */
    protected List<String> notificationTexts() {
        return $(Notification.class).all().stream().filter(Notification::isOpened)
                .map(n -> test(n).getText()).toList();
    }

    /** The error message a field shows, or null when it is not marked invalid. */
    protected static String errorOf(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : null;
    }
}
