package org.freelance.portal.review;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.freelance.portal.base.TenantScopedEntity;
import org.freelance.portal.review.ReviewEnums.ContractSource;
import org.freelance.portal.review.analysis.ContractLanguage;

/** One version of the contract of a request: the file as uploaded (or the pasted text) and its text. */
@Entity
@Table(name = "contract_version")
public class ContractVersion extends TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private ContractSource source;

    @Column(name = "file_name", length = 255, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = 120, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "longblob", updatable = false)
    private byte[] content;

    @Column(nullable = false, columnDefinition = "longtext", updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private ContractLanguage language;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ContractVersion() {
    }

    ContractVersion(Long requestId, int number, ContractSource source, String fileName, String mediaType,
            long sizeBytes, String sha256, byte[] content, String text, ContractLanguage language, Long createdBy,
            Instant createdAt) {
        this.requestId = requestId;
        this.number = number;
        this.source = source;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.content = content;
        this.text = text;
        this.language = language;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public ContractSource getSource() {
        return source;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    byte[] getContent() {
        return content;
    }

    public String getText() {
        return text;
    }

    public ContractLanguage getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
