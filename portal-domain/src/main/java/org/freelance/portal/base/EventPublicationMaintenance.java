package org.freelance.portal.base;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Keeps the promise of events handled after commit: a publication whose listener failed (the SMTP
 * server was down, the database hiccuped) is handed to it again every
 * {@link EventProperties#resubmitInterval()}, every incomplete one once at start (a restart loses
 * nothing), and completed ones are purged after {@link EventProperties#keepCompleted()}.
 *
 * <p>One node only for now: two nodes would resubmit the same publications (a cross-node lock is
 * issue 17). Publications stuck in progress by a crash are marked failed by Spring Modulith's
 * staleness monitor ({@code spring.modulith.events.staleness.*}), then resubmitted here.
 */
@Component
public class EventPublicationMaintenance implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final EventProperties properties;

    EventPublicationMaintenance(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            EventProperties properties) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.properties = properties;
    }

    /** Hands every failed publication to its listener again (each at most once at a time). */
    public void resubmitFailed() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults());
    }

    /** Deletes the completed publications older than {@link EventProperties#keepCompleted()}. */
    public void purgeCompleted() {
        completed.deletePublicationsOlderThan(properties.keepCompleted());
    }

    @EventListener(ApplicationReadyEvent.class)
    void resubmitAfterStart() {
        if (properties.resubmitOnStart()) {
            incomplete.resubmitIncompletePublications(publication -> true);
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        Duration every = properties.resubmitInterval();
        tasks.addFixedDelayTask(new FixedDelayTask(() -> guarded("resubmit failed", this::resubmitFailed), every, every));
        tasks.addFixedDelayTask(new FixedDelayTask(() -> guarded("purge completed", this::purgeCompleted), every, every));
    }

    private static void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.warn("Event publications: {} failed, next run will try again: {}", what, e.toString());
        }
    }
}
