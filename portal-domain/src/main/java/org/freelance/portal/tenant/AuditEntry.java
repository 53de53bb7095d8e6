package org.freelance.portal.tenant;

import java.time.Instant;

/** One audit line as screens show it. */
public record AuditEntry(Long id, AuditEventType type, Instant occurredAt, String actorName, String actorEmail,
        String subjectEmail, String details) {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getType(), e.getOccurredAt(), e.getActorName(), e.getActorEmail(),
                e.getSubjectEmail(), e.getDetails());
    }
}
