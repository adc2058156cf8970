package jp.ras.domain.model.usage;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.ras.domain.shared.TextLimits;

/**
 * The identity document uploaded with a usage application filed online (issue 17, SE2): PDF, JPEG or PNG, checked
 * as the application documents are (AP8). A counter entry has none: the officer names the document seen instead.
 */
@Entity
@Table(name = "usage_application_document")
public class UsageApplicationDocument {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "file_name", nullable = false, length = TextLimits.NAME, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 32, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected UsageApplicationDocument() {
    }

    public UsageApplicationDocument(long applicationId, String fileName, String mediaType, byte[] content) {
        this.applicationId = applicationId;
        this.fileName = TextLimits.cut(fileName, TextLimits.NAME);
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    public Long getApplicationId() {
        return applicationId;
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

    public byte[] getContent() {
        return content.clone();
    }
}
