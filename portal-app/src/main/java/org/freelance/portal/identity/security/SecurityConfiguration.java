package org.freelance.portal.identity.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.net.URLEncoder;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Who may reach what over HTTP. Vaadin's configurer protects the views (each view says who may open
 * it); local sign-in goes through the login view; OIDC providers are enabled only when configured
 * ({@code spring.security.oauth2.client.registration.*}). A sign-in POST is checked for its origin
 * and its address's recent failures first. Every response carries a Content-Security-Policy, a
 * same-origin Referrer-Policy (reset and invitation links hold their token in the path) and nosniff.
 * The actuator has its own chain ({@link ActuatorSecurityConfiguration}).
 */
@Configuration
class SecurityConfiguration {

    /**
     * What a page may load. Vaadin's client needs inline scripts and styles and evaluates the server's
     * JavaScript ({@code executeJs}), hence 'unsafe-inline' and 'unsafe-eval'; everything else comes
     * from the portal itself, and no other site may frame it, receive its forms or set its base URL.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders,
            AccountService accounts, SignInAddressThrottle addressThrottle, PortalProperties properties,
            WebSecurityProperties settings, Clock clock, SessionRegistry sessionRegistry) throws Exception {
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry)
                .expiredUrl("/login?expired"));
        http.addFilterAfter(new SessionLifetimeFilter(settings.sessionLifetime(), clock),
                SecurityContextHolderFilter.class);
        http.addFilterBefore(new SignInOriginFilter(properties), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SignInThrottleFilter(addressThrottle), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> {
            // Vaadin's pages reached the browser without the lazily written headers: write them
            // before the rest of the chain runs.
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .contentTypeOptions(Customizer.withDefaults());
        });
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/images/**", "/error")
                .permitAll());
        if (oidcProviders.getIfAvailable() != null) {
            http.oauth2Login(oauth -> oauth
                    .loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new PortalOidcUserService(accounts)))
                    .failureHandler((request, response, failure) -> {
                        String code = failure instanceof OAuth2AuthenticationException oauthFailure
                                && oauthFailure.getError().getErrorCode().startsWith("error.")
                                        ? oauthFailure.getError().getErrorCode()
                                        : "error.oidc.failed";
                        response.sendRedirect(request.getContextPath() + "/login?oidc-error="
                                + URLEncoder.encode(code, StandardCharsets.UTF_8));
                    }));
        }
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }
}
