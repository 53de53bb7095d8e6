package org.freelance.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.freelance.portal.base.TenantScopedEntity;

/** A message for one member in one community: a translation key, its arguments and what it is about. */
@Entity
@Table(name = "notification")
public class Notification extends TenantScopedEntity {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "message_key", nullable = false, length = 80, updatable = false)
    private String messageKey;

    @Column(length = 1000, updatable = false)
    private String arguments;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", length = 30, updatable = false)
    private NotificationTarget.Type targetType;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** When the mail copy went out; a retried delivery never mails twice. */
    @Column(name = "mailed_at")
    private Instant mailedAt;

    protected Notification() {
    }

    Notification(Long userId, String messageKey, List<String> arguments, NotificationTarget target, Instant createdAt) {
        this.userId = userId;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, arguments);
        this.arguments = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.targetType = target == null ? null : target.type();
        this.targetId = target == null ? null : target.id();
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    void markMailed(Instant now) {
        mailedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    /** What the notification is about; null for a notification about nothing in particular. */
    public NotificationTarget getTarget() {
        return targetType == null ? null : new NotificationTarget(targetType, targetId);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    Instant getMailedAt() {
        return mailedAt;
    }
}
