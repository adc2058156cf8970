package jp.ras.domain.model.application;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** AP8: an application's face photo, already checked and stripped of metadata. Kept apart from the application. */
@Entity
@Table(name = "application_photo")
public class ApplicationPhoto {

    @Id
    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "media_type", nullable = false, length = 16)
    private String mediaType;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected ApplicationPhoto() {
    }

    public ApplicationPhoto(long applicationId, String mediaType, int width, int height, byte[] content) {
        this.applicationId = applicationId;
        this.mediaType = mediaType;
        this.width = width;
        this.height = height;
        this.content = content.clone();
    }

    public String getMediaType() {
        return mediaType;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
