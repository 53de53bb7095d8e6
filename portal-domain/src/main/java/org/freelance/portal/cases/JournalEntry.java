package org.freelance.portal.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.hibernate.annotations.Immutable;

/**
 * One written trace in a case journal. Immutable: Hibernate never issues an update for it, the
 * service has no operation that edits or deletes one, and the hash chain shows any change made
 * behind the application's back.
 */
@Entity
@Immutable
@Table(name = "journal_entry")
public class JournalEntry extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EntryType type;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Channel channel;

    @Column(columnDefinition = "text")
    private String participants;

    @Column(length = 300)
    private String title;

    @Column(columnDefinition = "mediumtext")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "weak_signal", length = 40)
    private WeakSignal weakSignal;

    @Column(precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(length = 3)
    private String currency;

    @Column(name = "corrects_sequence")
    private Integer correctsSequence;

    /** One "sha256 file-name" line per attached file. */
    @Column(columnDefinition = "text")
    private String attachments;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected JournalEntry() {
    }

    /** Built from the canonical form it was hashed from, so what is stored is exactly what was hashed. */
    JournalEntry(Long caseId, CanonicalEntry canonical, EntryType type, Channel channel, WeakSignal weakSignal,
            BigDecimal amount, String currency) {
        this.caseId = caseId;
        this.sequence = canonical.sequence();
        this.type = type;
        this.occurredOn = canonical.occurredOn();
        this.channel = channel;
        this.participants = canonical.participants();
        this.title = canonical.title();
        this.body = canonical.body();
        this.weakSignal = weakSignal;
        this.amount = amount;
        this.currency = currency;
        this.correctsSequence = canonical.corrects();
        this.attachments = canonical.attachments().isEmpty() ? null : String.join("\n", canonical.attachments());
        this.authorId = canonical.authorId();
        this.authorName = canonical.authorName();
        this.recordedAt = canonical.recordedAt();
        this.previousHash = canonical.previousHash();
        this.hash = canonical.hash();
    }

    /** The canonical form rebuilt from the stored columns: hashing it again proves nothing changed. */
    CanonicalEntry canonical(String caseReference) {
        return new CanonicalEntry(caseReference, sequence, type.name(), occurredOn,
                channel == null ? null : channel.name(), participants, title, body,
                weakSignal == null ? null : weakSignal.name(), amountText(amount, currency), correctsSequence,
                attachmentLines(), authorId, authorName, recordedAt, previousHash);
    }

    static String amountText(BigDecimal amount, String currency) {
        return amount == null ? null : amount.setScale(2).toPlainString() + " " + (currency == null ? "EUR" : currency);
    }

    List<String> attachmentLines() {
        return attachments == null || attachments.isEmpty() ? List.of() : Arrays.asList(attachments.split("\n"));
    }

    public Long getId() { return id; }
    public int getSequence() { return sequence; }
    public EntryType getType() { return type; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public Channel getChannel() { return channel; }
    public String getParticipants() { return participants; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public WeakSignal getWeakSignal() { return weakSignal; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public Integer getCorrectsSequence() { return correctsSequence; }
    public String getAuthorName() { return authorName; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getHash() { return hash; }
}
