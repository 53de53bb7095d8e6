package org.freelance.portal.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Listeners that may run on a thread of their own ({@code @Async}: mail copies) and the scheduled
 * upkeep of the event publication registry. A mail that did not go is expected (SMTP down) and
 * retried: it is logged in one line, not as an error with its stack.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(EventProperties.class)
public class EventConfiguration implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventConfiguration.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (exception, method, parameters) -> {
            if (exception instanceof MailGateway.NotSent) {
                log.info("{} by {}: left for resubmission", exception.getMessage(), method.getName());
            } else {
                log.error("Listener {}.{} failed: left for resubmission", method.getDeclaringClass().getSimpleName(),
                        method.getName(), exception);
            }
        };
    }
}
