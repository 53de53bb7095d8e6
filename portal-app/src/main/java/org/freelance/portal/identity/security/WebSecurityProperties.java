package org.freelance.portal.identity.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings of the web layer ({@code portal.security.*}, environment {@code PORTAL_SECURITY_*}).
 *
 * @param sessionLifetime how long a sign-in lasts at most, however active the person is; the idle
 *        timeout is {@code server.servlet.session.timeout}
 * @param metricsUsername user name Prometheus gives (HTTP Basic) to read {@code /actuator/prometheus}
 * @param metricsPassword its password; unset, the metrics endpoint refuses everyone
 * @param signInFailuresPerAddress failed sign-ins one client address may make within
 *        {@code signInFailureWindow} before its further attempts are refused without being checked
 * @param signInFailureWindow the window of that count
 */
@ConfigurationProperties(prefix = "portal.security")
public record WebSecurityProperties(Duration sessionLifetime, String metricsUsername, String metricsPassword,
        Integer signInFailuresPerAddress, Duration signInFailureWindow) {

    public WebSecurityProperties {
        sessionLifetime = sessionLifetime == null ? Duration.ofHours(12) : sessionLifetime;
        metricsUsername = metricsUsername == null || metricsUsername.isBlank() ? "prometheus" : metricsUsername;
        metricsPassword = metricsPassword == null || metricsPassword.isBlank() ? null : metricsPassword;
        signInFailuresPerAddress = signInFailuresPerAddress == null ? 20 : signInFailuresPerAddress;
        signInFailureWindow = signInFailureWindow == null ? Duration.ofMinutes(15) : signInFailureWindow;
    }
}
