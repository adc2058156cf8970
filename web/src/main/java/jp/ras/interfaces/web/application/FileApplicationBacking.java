package jp.ras.interfaces.web.application;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.ras.application.DraftService;
import jp.ras.application.MyOrganisationService;
import jp.ras.application.MyOrganisationService.Person;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.model.organisation.ResidenceTerms;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.Formats;
import jp.ras.interfaces.web.shell.LocaleBacking;
import jp.ras.interfaces.web.shell.Messages;
import jp.ras.interfaces.web.shell.PageId;

/**
 * app/file.xhtml ({@code ?person=<entryId>} preselects a person): files an extension of the period of stay for a
 * person on the organisation's list with re-entry permit, activity permission, receipt method and face photo
 * (AP1–AP9, RC1, RC2). {@link #review()} checks every rule and shows what will be filed (確認画面); only
 * {@link #file()} from there files. Every refusal is shown on its field (all at once) and the input is kept; the
 * chosen photo is kept for the filing unless it was refused. On success: the provisional receipt number (RN1).
 *
 * <p>B3, AP10: the page's script calls {@link #saveDraft()} a moment after the user stops typing; the typed fields
 * (never the photo) become the user's server-side draft, written only when they changed. Opening the page restores
 * the draft, ahead of {@code ?person=}; filing discards it.
 */
@Named
@ViewScoped
public class FileApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "file";

    @Inject
    private ResidenceApplicationService applications;

    @Inject
    private MyOrganisationService organisations;

    @Inject
    private DraftService drafts;

    @Inject
    private LocaleBacking locale;

    @Inject
    private Clock clock;

    private List<Person> roster;
    private boolean canFile;

    private Long person;
    private ReEntryPermit reEntry = ReEntryPermit.NONE;
    private boolean activityPermission;
    private String desiredPeriod;
    private String reason;
    private boolean presenceConfirmed;
    private ReceiptMethod receiptMethod;
    private boolean kanjiRequested;
    private String kanjiName;
    private String applicantMail;
    private String applicantLanguage;
    private transient Part photo;

    private boolean choosePhotoAgain;
    /** The face photo chosen for this filing, kept from the form through the review to the filing. */
    private byte[] pendingPhoto;
    /** The review step (確認画面) shows what will be filed. */
    private boolean reviewing;
    /** The outlook of the person {@code outlookOf}, read once (see {@link #getWindow()}). */
    private ResidenceApplicationService.Outlook outlook;
    private Long outlookOf;
    private ResidenceApplicationService.Filed filed;

    /** The person {@code ?person=} chose, for a form without a draft. */
    private Long linked;
    /** The content of the user's draft as last saved or restored; null when there is none. */
    private String savedDraft;
    private Instant draftSavedAt;
    private Instant restoredAt;

    @PostConstruct
    void load() {
        MyOrganisationService.View view = organisations.mine();
        roster = view.roster();
        canFile = view.canFile();
        applicantLanguage = locale.getLanguage();
        Long wanted = PageId.parse(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("person"));
        linked = onRoster(wanted) ? wanted : null;
        person = linked;
        if (canFile && !roster.isEmpty()) {
            drafts.load(FORM).ifPresent(saved -> FilingDraft.fromJson(saved.content()).ifPresent(draft -> {
                restore(draft);
                savedDraft = saved.content();
                restoredAt = saved.updatedAt();
            }));
        }
    }

    /**
     * B3: saves what is typed as the user's draft, unless nothing changed since the last save (so no write);
     * a form emptied again discards it. Nothing is saved once this page has filed.
     */
    public synchronized void saveDraft() {
        if (filed != null) {
            return;
        }
        FilingDraft draft = typed();
        if (draft.isBlank()) {
            if (savedDraft != null) {
                dropDraft();
            }
            return;
        }
        String content = draft.toJson();
        if (!content.equals(savedDraft)) {
            draftSavedAt = drafts.save(FORM, content);
            savedDraft = content;
        }
    }

    /** B3: drops the restored draft and starts again from an empty form. */
    public synchronized void discardDraft() {
        dropDraft();
        clear();
        person = linked;
        Messages.info("filing", "file.draftDiscarded");
    }

    /**
     * The review step (確認画面): reads the chosen photo (kept for the filing, so it need not be chosen again),
     * checks every rule filing checks (AP9: every broken field at once, even without a person) and, when nothing is
     * broken, shows what will be filed. Enter in a text field comes here too: it never files.
     */
    public synchronized void review() {
        outlookOf = null;
        byte[] upload = PhotoUpload.read(photo);
        photo = null;
        if (upload != null) {
            pendingPhoto = upload;
        }
        reviewing = attempt(upload, () -> applications.check(person, form(), pendingPhoto));
        saveDraft();
    }

    /** Back from the review to the form, as it was filled. */
    public synchronized void edit() {
        reviewing = false;
    }

    /** Files what the review showed; a refusal (the data changed meanwhile) goes back to the form with its errors. */
    public synchronized void file() {
        outlookOf = null;
        if (!reviewing) {
            review();
            return;
        }
        boolean filedNow = attempt(null, () -> filed = applications.file(person, form(), pendingPhoto));
        reviewing = false;
        if (filedNow) {
            dropDraft();
            clear();
        } else {
            saveDraft();
        }
    }

    private ResidenceApplication.Form form() {
        return new ResidenceApplication.Form(reEntry, activityPermission, desiredPeriod, reason, presenceConfirmed,
                receiptMethod, kanjiRequested, kanjiName, applicantMail,
                Locale.forLanguageTag(applicantLanguage == null ? locale.getLanguage() : applicantLanguage));
    }

    /**
     * Runs a check or filing: broken rules go on their fields; a refused photo is dropped and must be chosen again
     * (and so must one chosen just now that could not be kept). Returns whether nothing was broken.
     */
    private boolean attempt(byte[] upload, Runnable action) {
        try {
            action.run();
            choosePhotoAgain = false;
            return true;
        } catch (RuleViolationException e) {
            if (e.violations().stream().anyMatch(v -> "photo".equals(v.field()))) {
                pendingPhoto = null;
            }
            choosePhotoAgain = upload != null && pendingPhoto == null;
            Messages.violations(FORM, e);
            return false;
        } catch (jakarta.ejb.EJBAccessException e) {
            Messages.error("officer", "common.forbidden");
            return false;
        }
    }

    /** Back to an empty form for the next application. */
    public void another() {
        filed = null;
        clear();
    }

    private void clear() {
        person = null;
        reEntry = ReEntryPermit.NONE;
        activityPermission = false;
        desiredPeriod = null;
        reason = null;
        presenceConfirmed = false;
        receiptMethod = null;
        kanjiRequested = false;
        kanjiName = null;
        applicantMail = null;
        applicantLanguage = locale.getLanguage();
        choosePhotoAgain = false;
        pendingPhoto = null;
        reviewing = false;
    }

    private void dropDraft() {
        drafts.discard(FORM);
        savedDraft = null;
        draftSavedAt = null;
        restoredAt = null;
    }

    private FilingDraft typed() {
        return new FilingDraft(person, reEntry, activityPermission, desiredPeriod, reason, presenceConfirmed,
                receiptMethod, kanjiRequested, kanjiName, applicantMail, applicantLanguage);
    }

    private void restore(FilingDraft draft) {
        person = onRoster(draft.person()) ? draft.person() : null;
        reEntry = draft.reEntry() == null ? ReEntryPermit.NONE : draft.reEntry();
        activityPermission = draft.activityPermission();
        desiredPeriod = draft.desiredPeriod();
        reason = draft.reason();
        presenceConfirmed = draft.presenceConfirmed();
        receiptMethod = draft.receiptMethod();
        kanjiRequested = draft.kanjiRequested();
        kanjiName = draft.kanjiName();
        applicantMail = draft.applicantMail();
        if (draft.applicantLanguage() != null) {
            applicantLanguage = draft.applicantLanguage();
        }
    }

    private boolean onRoster(Long entryId) {
        return entryId != null && roster.stream().anyMatch(p -> p.entryId() == entryId);
    }

    /** B3: when the draft this page opened with was saved, date and time (issue 15: "2026-11-26 14:05"); else null. */
    public String getDraftRestoredAt() {
        return restoredAt == null ? null : FilingDraft.shownDateTime(restoredAt);
    }

    /** B3: when this page last saved the draft; null before its first save. */
    public String getDraftSavedAt() {
        return draftSavedAt == null ? null : FilingDraft.shownTime(draftSavedAt, clock);
    }

    /**
     * The roster as choices: name, masked card number (namesakes told apart, issue 15), status, period and expiry
     * in the label, in the page's language.
     */
    public List<SelectItem> getPersons() {
        Locale language = Formats.pageLocale();
        return roster.stream().map(p -> new SelectItem(p.entryId(), Messages.text("filing", "file.personOption",
                p.nameRoman(), ResidenceTerms.status(p.statusOfResidence(), language),
                ResidenceTerms.period(p.periodOfStay(), language), p.stayExpiry(), p.maskedCardNumber()))).toList();
    }

    /** The chosen person, for the hint beside the choice; null before a choice. */
    public Person getChosen() {
        return person == null ? null : roster.stream().filter(p -> p.entryId() == person).findFirst().orElse(null);
    }

    /**
     * PR5, AP2, AP4–AP6, AP13: when the chosen person's extension can be filed online and what refuses it today, the
     * verdict of the same rules filing checks (the service's {@link ResidenceApplicationService#outlook}); null
     * before a choice. Read once per chosen person and filing attempt.
     */
    public ResidenceApplicationService.Outlook getWindow() {
        if (person == null) {
            return null;
        }
        if (!person.equals(outlookOf)) {
            outlook = null;
            try {
                outlook = applications.outlook(person);
            } catch (RuleViolationException e) {
                return null;
            }
            outlookOf = person;
        }
        return outlook;
    }

    /** The hint's texts of what refuses filing the chosen person today (the messages filing would give). */
    public List<String> getWindowRefusals() {
        ResidenceApplicationService.Outlook window = getWindow();
        if (window == null) {
            return List.of();
        }
        return window.refusals().stream().map(v -> switch (v.messageKey()) {
            case "windowNotOpen", "windowHalf" -> Messages.text("filing", "file.windowNotOpen", window.opens());
            case "windowExpired" -> Messages.text("filing", "file.windowExpired");
            default -> Messages.text("messages", "violation." + v.messageKey(), v.messageArguments());
        }).toList();
    }

    public boolean isRosterEmpty() {
        return roster.isEmpty();
    }

    /** PR5: a suspended organisation cannot file. */
    public boolean isCanFile() {
        return canFile;
    }

    public ReEntryPermit[] getReEntryPermits() {
        return ReEntryPermit.values();
    }

    public ReceiptMethod[] getReceiptMethods() {
        return ReceiptMethod.values();
    }

    public List<String> getLanguages() {
        return List.of("ja", "en");
    }

    public boolean isReviewing() {
        return reviewing;
    }

    /** The size in KB of the photo kept for this filing; null when none is kept. */
    public Long getPhotoKeptKb() {
        return pendingPhoto == null ? null : Math.max(1, (pendingPhoto.length + 1023) / 1024L);
    }

    public boolean isChoosePhotoAgain() {
        return choosePhotoAgain;
    }

    public ResidenceApplicationService.Filed getFiled() {
        return filed;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public ReEntryPermit getReEntry() {
        return reEntry;
    }

    public void setReEntry(ReEntryPermit reEntry) {
        this.reEntry = reEntry;
    }

    public boolean isActivityPermission() {
        return activityPermission;
    }

    public void setActivityPermission(boolean activityPermission) {
        this.activityPermission = activityPermission;
    }

    public String getDesiredPeriod() {
        return desiredPeriod;
    }

    public void setDesiredPeriod(String desiredPeriod) {
        this.desiredPeriod = desiredPeriod;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isPresenceConfirmed() {
        return presenceConfirmed;
    }

    public void setPresenceConfirmed(boolean presenceConfirmed) {
        this.presenceConfirmed = presenceConfirmed;
    }

    public ReceiptMethod getReceiptMethod() {
        return receiptMethod;
    }

    public void setReceiptMethod(ReceiptMethod receiptMethod) {
        this.receiptMethod = receiptMethod;
    }

    public boolean isKanjiRequested() {
        return kanjiRequested;
    }

    public void setKanjiRequested(boolean kanjiRequested) {
        this.kanjiRequested = kanjiRequested;
    }

    public String getKanjiName() {
        return kanjiName;
    }

    public void setKanjiName(String kanjiName) {
        this.kanjiName = kanjiName;
    }

    public String getApplicantMail() {
        return applicantMail;
    }

    public void setApplicantMail(String applicantMail) {
        this.applicantMail = applicantMail;
    }

    public String getApplicantLanguage() {
        return applicantLanguage;
    }

    public void setApplicantLanguage(String applicantLanguage) {
        this.applicantLanguage = "en".equals(applicantLanguage) ? "en" : "ja";
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
