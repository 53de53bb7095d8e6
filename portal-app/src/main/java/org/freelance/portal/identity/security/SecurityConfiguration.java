package org.freelance.portal.identity.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may reach what over HTTP. Vaadin's configurer protects the views (each view says who may open
 * it); local sign-in goes through the login view; OIDC providers are enabled only when configured
 * ({@code spring.security.oauth2.client.registration.*}). The actuator has its own chain
 * ({@link ActuatorSecurityConfiguration}).
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> oidcProviders,
            AccountService accounts, SignInAddressThrottle addressThrottle) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(addressThrottle), UsernamePasswordAuthenticationFilter.class);
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
