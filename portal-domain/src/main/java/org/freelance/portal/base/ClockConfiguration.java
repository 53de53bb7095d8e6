package org.freelance.portal.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from an injected clock so deadlines and lockouts can be tested. Instants are absolute;
 * the clock's zone decides what "today" is (a journal date, a payment deadline), by default Paris
 * time, where the portal's communities and the rules it computes live ({@code PORTAL_TIME_ZONE}).
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${portal.time-zone:Europe/Paris}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
