package jp.ras.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import jp.ras.domain.shared.Ids;

/**
 * B3 (beyond the 2019 system, AP10): what a user has typed into a form, saved on the server as they type, so an
 * idle logout or a closed browser loses nothing. One per user and form; it expires 30 days after its last change.
 * The content is the form's own JSON; personal data in it is the user's own input for their own organisation.
 */
@Entity
@Table(name = "draft")
public class Draft {

    public static final Duration LIFETIME = Duration.ofDays(30);
    public static final int MAX_CONTENT = 20_000;

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String owner;

    @Column(nullable = false, length = 32, updatable = false)
    private String form;

    @Column(nullable = false, length = MAX_CONTENT)
    private String content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Draft() {
    }

    public Draft(String owner, String form, String content, Instant now) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.form = Objects.requireNonNull(form, "form");
        update(content, now);
    }

    public void update(String newContent, Instant now) {
        if (newContent == null || newContent.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("draft content missing or over " + MAX_CONTENT + " characters");
        }
        this.content = newContent;
        this.updatedAt = now;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(updatedAt.plus(LIFETIME));
    }

    public String getOwner() {
        return owner;
    }

    public String getForm() {
        return form;
    }

    public String getContent() {
        return content;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
