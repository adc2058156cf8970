package jp.ras.domain.model.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.TextLimits;

/** One step of an application's status history (ST1): when, which status, who, and a note. Append-only. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", updatable = false)
    private ResidenceApplication application;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ApplicationStatus status;

    @Column(length = 32, updatable = false)
    private String actor;

    @Column(length = TextLimits.HISTORY_NOTE, updatable = false)
    private String note;

    protected ApplicationEvent() {
    }

    ApplicationEvent(ResidenceApplication application, Instant occurredAt, ApplicationStatus status, String actor,
            String note) {
        this.application = application;
        this.occurredAt = occurredAt;
        this.status = status;
        this.actor = actor;
        this.note = note;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
