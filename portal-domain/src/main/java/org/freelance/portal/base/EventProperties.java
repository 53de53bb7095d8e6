package org.freelance.portal.base;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How events handled after commit are kept and retried (see {@link EventPublicationMaintenance}).
 *
 * @param resubmitInterval how often publications whose listener failed (SMTP down...) are handed to
 *     it again ({@code PORTAL_EVENTS_RESUBMIT_INTERVAL}, 5 minutes)
 * @param keepCompleted how long completed publications stay in the registry before they are purged
 *     ({@code PORTAL_EVENTS_KEEP_COMPLETED}, 7 days)
 * @param resubmitOnStart whether every incomplete publication is handed to its listener again when
 *     the portal starts ({@code PORTAL_EVENTS_RESUBMIT_ON_START}, true; only one node may do this)
 */
@ConfigurationProperties(prefix = "portal.events")
public record EventProperties(Duration resubmitInterval, Duration keepCompleted, Boolean resubmitOnStart) {

    public EventProperties {
        resubmitInterval = resubmitInterval == null || resubmitInterval.isNegative() || resubmitInterval.isZero()
                ? Duration.ofMinutes(5) : resubmitInterval;
        keepCompleted = keepCompleted == null || keepCompleted.isNegative() ? Duration.ofDays(7) : keepCompleted;
        resubmitOnStart = resubmitOnStart == null || resubmitOnStart;
    }
}
