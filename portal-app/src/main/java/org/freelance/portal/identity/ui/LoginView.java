package org.freelance.portal.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.freelance.portal.identity.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Sign-in: email and password, or any configured OIDC provider. */
@NamedInterface("sign-in")
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Session attribute: the email the sign-in form starts with, set by a page that sends someone to sign in. */
    static final String PREFILLED_EMAIL = "portal.login.email";

    private static final Pattern PLAIN_EMAIL =
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})*\\.[A-Za-z]{2,24}");

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final CurrentUser currentUser;

    public LoginView(ObjectProvider<ClientRegistrationRepository> providers, CurrentUser currentUser) {
        this.currentUser = currentUser;
        addClassName("portal-public-page");
        setId("login");
        setAlignItems(Alignment.CENTER);

        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.email"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        texts.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.text"));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        form.setI18n(i18n);
        form.setAction("login");
        form.addForgotPasswordListener(e -> UI.getCurrent().navigate(PasswordResetRequestView.class));

        notice.setId("login-notice");
        notice.setVisible(false);
        notice.addClassName("portal-notice");

        H1 title = new H1(getTranslation("app.name"));
        title.setId("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        // centred on the form below them, whatever their length
        title.addClassName("portal-centered");
        tagline.addClassName("portal-centered");
        add(title, tagline, notice, form);
        List<ClientRegistration> registrations = new ArrayList<>();
        ClientRegistrationRepository repository = providers.getIfAvailable();
        if (repository instanceof Iterable<?> all) {
            all.forEach(r -> registrations.add((ClientRegistration) r));
        }
        if (!registrations.isEmpty()) {
            Div oidc = new Div();
            oidc.setId("oidc-providers");
            oidc.addClassName("portal-oidc");
            oidc.add(new Paragraph(getTranslation("login.oidc")));
            for (ClientRegistration registration : registrations) {
                Anchor link = new Anchor("oauth2/authorization/" + registration.getRegistrationId(),
                        getTranslation("login.oidc.with", registration.getClientName()));
                link.setRouterIgnore(true);
                link.addClassName("portal-oidc-link");
                oidc.add(link);
            }
            add(oidc);
        }
        add(new LanguageLinks());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (currentUser.id().isPresent()) {
            event.forwardTo("");
            return;
        }
        var query = event.getLocation().getQueryParameters().getParameters();
        form.setError(query.containsKey("error"));
        String message = null;
        if (query.containsKey("throttled")) {
            message = getTranslation("login.throttled");
        } else if (query.containsKey("expired")) {
            message = getTranslation("login.expired");
        } else if (query.containsKey("oidc-error")) {
            String key = query.get("oidc-error").getFirst();
            message = getTranslation(key.matches("error\\.oidc\\.[a-z-]+") ? key : "error.oidc.failed");
        } else if (query.containsKey("welcome") && isPlainEmail(query.get("welcome").getFirst())) {
            message = getTranslation("login.welcome", query.get("welcome").getFirst());
        } else if (query.containsKey("reset")) {
            message = getTranslation("login.reset-done");
        }
        notice.setVisible(message != null);
        notice.setText(message == null ? "" : message);
        prefill(query.containsKey("welcome") ? query.get("welcome").getFirst()
                : (String) event.getUI().getSession().getAttribute(PREFILLED_EMAIL));
    }

    /**
     * The next sign-in form of this browser session starts with this email (an invitation page sends its
     * invitee to sign in through a protected page, which loses any query parameter on the way).
     */
    public static void prefillNextSignIn(VaadinSession session, String email) {
        session.setAttribute(PREFILLED_EMAIL, email);
    }

    /** Puts the email in the form's field (rendered by the web component, hence in the browser) and focuses the password. */
    private void prefill(String email) {
        if (!isPlainEmail(email)) {
            form.getElement().removeAttribute("data-email");
            return;
        }
        form.getElement().setAttribute("data-email", email);
        form.getElement().executeJs("""
                const form = this;
                let tries = 0;
                const fill = () => {
                  const field = form.querySelector('#vaadinLoginUsername');
                  if (!field) { if (tries++ < 50) { requestAnimationFrame(fill); } return; }
                  field.value = form.getAttribute('data-email');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (password) { password.focus(); }
                };
                fill();""");
    }

    /**
     * The welcome names the account the invitee just created. Anyone can forge such a link, so only a
     * plain address is shown (letters, digits and {@code . _ % + -}), never a sentence of the link's
     * choosing.
     */
    static boolean isPlainEmail(String value) {
        return value != null && value.length() <= 254 && PLAIN_EMAIL.matcher(value).matches();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
