package jp.ras.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.ras.domain.shared.Ids;

/**
 * Issue 18: one of the ten single-use codes that stand in for a TOTP code when the phone is lost. Only the SHA-256
 * of the code is stored ({@link SecondFactor#hashRecoveryCode}); it works once.
 */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = "RecoveryCode.ofAccount", query = "select c from RecoveryCode c where c.account = :account")
@NamedQuery(name = "RecoveryCode.byHash", query = "select c from RecoveryCode c where c.account = :account"
        + " and c.codeHash = :hash")
public class RecoveryCode {

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(UserAccount account, String code) {
        this.account = Objects.requireNonNull(account, "account");
        this.codeHash = SecondFactor.hashRecoveryCode(Objects.requireNonNull(code, "code"));
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    /** Uses the code up; a used code is refused. */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("recovery code already used");
        }
        usedAt = now;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public UserAccount getAccount() {
        return account;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
