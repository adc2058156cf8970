package jp.ras.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import jp.ras.domain.model.organisation.Organisation;
import jp.ras.domain.model.organisation.RegionalOffice;
import jp.ras.domain.shared.EncryptedDateConverter;
import jp.ras.domain.shared.EncryptedStringConverter;
import jp.ras.domain.shared.Ids;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.PersonalDataProtection;
import jp.ras.domain.shared.TextLimits;

/**
 * A person's account: one authentication ID for one person and one organisation (U1), never changed (AC3).
 * The account keeps its own lockout rule (AC4).
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byAuthId", query = "select u from UserAccount u where u.authId = :authId")
@NamedQuery(name = "UserAccount.ofOrganisation", query = "select u from UserAccount u where u.organisation = :org"
        + " order by u.authId")
public class UserAccount {

    /** AC4: this many consecutive failures lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** AC4: a lock ends by itself after this long. */
    public static final Duration LOCK_DURATION = Duration.ofHours(24);

    @Id
    @SequenceGenerator(name = Ids.SEQUENCE, sequenceName = Ids.SEQUENCE, allocationSize = Ids.BLOCK)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = Ids.SEQUENCE)
    private Long id;

    @Column(name = "auth_id", nullable = false, unique = true, updatable = false, length = TextLimits.AUTH_ID)
    private AuthenticationId authId;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Role role;

    @Column(name = "display_name", nullable = false, length = TextLimits.NAME)
    private String displayName;

    @Column(name = "mail_address", nullable = false, length = TextLimits.MAIL)
    private MailAddress mailAddress;

    @Column(nullable = false, length = 8)
    private String locale;

    /** Issue 15: the language the user chose for the screens; null until they choose one. */
    @Column(name = "screen_language", length = 8)
    private String screenLanguage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** Issue 15: the regional office an officer works at (null for organisation users and agents). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_code")
    private RegionalOffice office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(length = TextLimits.PHONE)
    private String phone;

    /** Personal data (SE1); lets the counter confirm a user's ID by name, organisation and birth date (AC2). */
    @Convert(converter = EncryptedDateConverter.class)
    @Column(name = "date_of_birth_enc", length = 200)
    private LocalDate dateOfBirth;

    @Column(name = "date_of_birth_hash", length = 64)
    private String dateOfBirthHash;

    /** SE2: the version of the terms of use the user agreed to, and when. */
    @Column(name = "terms_version", length = 32)
    private String termsVersion;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    /** Security 4: raised whenever the credentials change or stop working; older web sessions end with it. */
    @Column(name = "credential_generation", nullable = false)
    private int credentialGeneration;

    /** Issue 18: the TOTP shared secret (personal data, encrypted like the birth date); null without one. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "second_factor_secret_enc", length = 200)
    private String secondFactorSecret;

    /** Issue 18: when the user confirmed the secret with a code; null while none is enrolled. */
    @Column(name = "second_factor_enrolled_at")
    private Instant secondFactorEnrolledAt;

    /** Issue 18: the last 30-second step whose code was accepted; an older or the same code is refused. */
    @Column(name = "second_factor_last_step")
    private Long secondFactorLastStep;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(AuthenticationId authId, Role role, String displayName, MailAddress mailAddress, Locale locale,
            Organisation organisation, Instant createdAt) {
        this.authId = Objects.requireNonNull(authId, "authId");
        this.role = Objects.requireNonNull(role, "role");
        this.displayName = requireText(displayName, "displayName");
        this.mailAddress = Objects.requireNonNull(mailAddress, "mailAddress");
        this.locale = Objects.requireNonNull(locale, "locale").getLanguage();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (role.isIntranet() != (organisation == null)) {
            throw new IllegalArgumentException(role.isIntranet()
                    ? "an officer account belongs to no organisation"
                    : "an organisation user or agent belongs to exactly one organisation (U1, U2)");
        }
        this.organisation = organisation;
    }

    /** A user registered by an approved usage application (UA5): no password until they set one by the link. */
    public static UserAccount registered(AuthenticationId authId, Role role, String name, MailAddress mail,
            String phone, LocalDate dateOfBirth, Locale locale, Organisation organisation, Instant now) {
        UserAccount account = new UserAccount(authId, role, name, mail, locale, organisation, now);
        account.phone = phone;
        account.dateOfBirth = dateOfBirth;
        return account;
    }

    @PrePersist
    @PreUpdate
    void hashDateOfBirth() {
        dateOfBirthHash = dateOfBirth == null ? null : birthDateHash(dateOfBirth);
    }

    /** The keyed hash under which a birth date is searched (SE1). */
    public static String birthDateHash(LocalDate date) {
        return PersonalDataProtection.current().lookupHash(date.toString());
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    /** AC4: locked until 24 hours after the lock, then it unlocks by itself. */
    public boolean isLocked(Instant now) {
        return lockedAt != null && now.isBefore(lockedAt.plus(LOCK_DURATION));
    }

    public boolean canLogIn(Instant now) {
        return status == AccountStatus.ACTIVE && passwordHash != null && !isLocked(now);
    }

    /**
     * Records a wrong password. Returns true when this failure locked the account (AC4).
     */
    public boolean recordFailedLogin(Instant now) {
        if (lockedAt != null && !isLocked(now)) {
            lockedAt = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS && lockedAt == null) {
            lockedAt = now;
            credentialGeneration++;
            return true;
        }
        return false;
    }

    /** Records a successful login and returns the time of the previous one, if any. */
    public Instant recordSuccessfulLogin(Instant now) {
        if (!canLogIn(now)) {
            throw new IllegalStateException("account " + authId + " cannot log in");
        }
        Instant previous = lastLoginAt;
        lastLoginAt = now;
        failedLogins = 0;
        lockedAt = null;
        return previous;
    }

    /** AC4: a supervisor unlocks an account before the 24 hours are over. */
    public void unlock() {
        lockedAt = null;
        failedLogins = 0;
    }

    public void setPasswordHash(String passwordHash, Instant now) {
        this.passwordHash = requireText(passwordHash, "passwordHash");
        this.passwordChangedAt = now;
        credentialGeneration++;
    }

    /** AC5: a password is valid for one year (Japan calendar) from when it was set. */
    public Instant passwordExpiresAt() {
        return passwordChangedAt == null ? null
                : passwordChangedAt.atZone(JapanTime.ZONE).plusYears(1).toInstant();
    }

    /** AC5: the Japan date on which the password expires; null without a password. */
    public LocalDate passwordExpiryDate() {
        return passwordHash == null || passwordChangedAt == null ? null
                : passwordExpiresAt().atZone(JapanTime.ZONE).toLocalDate();
    }

    /** AC5: an active account with a password (officers included) is reminded before its password expires. */
    public boolean receivesPasswordReminders() {
        return status == AccountStatus.ACTIVE && passwordHash != null && passwordChangedAt != null;
    }

    /** AC5: after expiry the user must set a new password before anything else. */
    public boolean isPasswordExpired(Instant now) {
        return passwordChangedAt != null && !now.isBefore(passwordExpiresAt());
    }

    /** SE2: organisation users and agents agree to the current terms of use before using RAS. */
    public boolean mustAcceptTerms(String currentVersion) {
        return !role.isIntranet() && !currentVersion.equals(termsVersion);
    }

    public void acceptTerms(String version, Instant now) {
        this.termsVersion = requireText(version, "version");
        this.termsAcceptedAt = now;
    }

    /** AC1, AC6: any mail address, once the link sent to it was followed. */
    public void changeMailAddress(MailAddress newAddress) {
        this.mailAddress = Objects.requireNonNull(newAddress, "newAddress");
    }

    /** Issue 15: the user chose Japanese or English for the screens; the next login opens in it. */
    public void chooseScreenLanguage(Locale language) {
        String tag = Objects.requireNonNull(language, "language").getLanguage();
        if (!tag.equals("ja") && !tag.equals("en")) {
            throw new IllegalArgumentException("the screens speak Japanese or English, not " + tag);
        }
        this.screenLanguage = tag;
    }

    /** Issue 15: an officer or supervisor works at this regional office; their office screens open on it. */
    public void placeAt(RegionalOffice regionalOffice) {
        if (!role.isIntranet()) {
            throw new IllegalArgumentException("only officers and supervisors work at a regional office");
        }
        this.office = regionalOffice;
    }

    /** The regional office an officer works at, or null. */
    public RegionalOffice getOffice() {
        return office;
    }

    /** The language the user chose for the screens, or null when they have not chosen one. */
    public Locale getScreenLanguage() {
        return screenLanguage == null ? null : Locale.forLanguageTag(screenLanguage);
    }

    /** AC3, PR6: an officer deletes a user (利用者情報抹消). The ID stays taken for ever. */
    public void delete(Instant now) {
        if (status == AccountStatus.DELETED) {
            throw new IllegalStateException("account " + authId + " is already deleted");
        }
        status = AccountStatus.DELETED;
        deletedAt = now;
        passwordHash = null;
        credentialGeneration++;
    }

    /** Issue 18: whether a login needs a TOTP or recovery code after the password. */
    public boolean hasSecondFactor() {
        return secondFactorEnrolledAt != null && secondFactorSecret != null;
    }

    /**
     * Issue 18: OFFICER and SUPERVISOR must enrol a second factor before they do anything else (when the
     * requirement is on); organisation users and agents may.
     */
    public boolean mustEnrolSecondFactor(boolean required) {
        return required && role.isIntranet() && !hasSecondFactor();
    }

    /** Issue 18: a new secret that works once the user confirmed a code of it ({@link #confirmSecondFactor}). */
    public void startSecondFactorEnrolment(String secret) {
        if (hasSecondFactor()) {
            throw new IllegalStateException("account " + authId + " already has a second factor");
        }
        this.secondFactorSecret = requireText(secret, "secret");
        this.secondFactorLastStep = null;
    }

    /** The secret of an enrolment in progress, to show as QR code and text; null otherwise. */
    public String pendingSecondFactorSecret() {
        return hasSecondFactor() ? null : secondFactorSecret;
    }

    /** Issue 18: the code confirms the enrolment in progress; false (nothing changes) for a wrong code. */
    public boolean confirmSecondFactor(String code, Instant now) {
        if (hasSecondFactor() || secondFactorSecret == null) {
            throw new IllegalStateException("no second factor enrolment in progress for " + authId);
        }
        OptionalLong step = SecondFactor.matchingStep(secondFactorSecret, code, now, null);
        if (step.isEmpty()) {
            return false;
        }
        secondFactorEnrolledAt = now;
        secondFactorLastStep = step.getAsLong();
        return true;
    }

    /**
     * Issue 18: whether this TOTP code of the enrolled secret is valid now and newer than the last accepted one;
     * an accepted code cannot be used again.
     */
    public boolean acceptTotp(String code, Instant now) {
        if (!hasSecondFactor()) {
            return false;
        }
        OptionalLong step = SecondFactor.matchingStep(secondFactorSecret, code, now, secondFactorLastStep);
        step.ifPresent(s -> secondFactorLastStep = s);
        return step.isPresent();
    }

    /**
     * Issue 18: a supervisor removes the second factor (lost phone); the user enrols again at the next login. The
     * account's web sessions end with it (Security 4).
     */
    public void resetSecondFactor() {
        secondFactorSecret = null;
        secondFactorEnrolledAt = null;
        secondFactorLastStep = null;
        credentialGeneration++;
    }

    public Instant getSecondFactorEnrolledAt() {
        return secondFactorEnrolledAt;
    }

    /**
     * Security 4: which credentials a web session was signed in with. A session whose generation is older than the
     * account's ended with a password change, reset, lock or deletion.
     */
    public int getCredentialGeneration() {
        return credentialGeneration;
    }

    public Long getId() {
        return id;
    }

    /** The ID's text, as screens, mails, the audit trail and the API show it; {@link #authenticationId()} the value. */
    public String getAuthId() {
        return authId.value();
    }

    public AuthenticationId authenticationId() {
        return authId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The address's text, as the outbox and screens take it; {@link #mailAddress()} the value. */
    public String getMailAddress() {
        return mailAddress.value();
    }

    public MailAddress mailAddress() {
        return mailAddress;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getTermsVersion() {
        return termsVersion;
    }

    public Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
