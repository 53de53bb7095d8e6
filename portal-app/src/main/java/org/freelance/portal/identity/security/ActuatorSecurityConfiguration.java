package org.freelance.portal.identity.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own chain, ahead of the portal's: health and info stay public for the orchestrator's
 * probes; Prometheus metrics (which name tables, pools and request counts) need the scrape
 * credentials {@code PORTAL_SECURITY_METRICS_USERNAME}/{@code _PASSWORD} over HTTP Basic, and are
 * refused to everyone while no password is configured; every other actuator path is refused. Its
 * accounts are not the portal's: a person's password never opens the metrics.
 */
@Configuration
@EnableConfigurationProperties(WebSecurityProperties.class)
class ActuatorSecurityConfiguration {

    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, WebSecurityProperties settings, PasswordEncoder encoder)
            throws Exception {
        InMemoryUserDetailsManager scrapers = new InMemoryUserDetailsManager();
        if (settings.metricsPassword() != null) {
            scrapers.createUser(User.withUsername(settings.metricsUsername())
                    .password(encoder.encode(settings.metricsPassword())).roles(METRICS_ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scrapers);
        provider.setPasswordEncoder(encoder);
        http.securityMatcher("/actuator", "/actuator/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/prometheus").hasRole(METRICS_ROLE)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("portal-metrics"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }
}
