package org.freelance.portal.tenant;

import java.time.Clock;

import org.freelance.portal.identity.AccountView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes audit lines into the current community, inside the caller's transaction. */
@Component
class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditEventType type, AccountView actor, String subjectEmail, String details) {
        events.save(new AuditEvent(type, actor == null ? null : actor.id(), actor == null ? null : actor.displayName(),
                actor == null ? null : actor.email(), subjectEmail, truncate(details), clock.instant()));
    }

    private static String truncate(String details) {
        return details == null || details.length() <= 500 ? details : details.substring(0, 497) + "...";
    }
}
