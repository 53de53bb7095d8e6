package org.freelance.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.freelance.portal.base.TenantScopedEntity;

/** A message for one member in one community: a translation key, its arguments and a link. */
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

    @Column(length = 300, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long userId, String messageKey, List<String> arguments, String link, Instant createdAt) {
        this.userId = userId;
        this.messageKey = messageKey;
        String joined = String.join(SEPARATOR, arguments);
        this.arguments = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
        this.link = link;
        this.createdAt = createdAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
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

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
