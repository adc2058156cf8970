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
import java.util.List;
import java.util.Locale;
import jp.ras.application.MyOrganisationService;
import jp.ras.application.MyOrganisationService.Person;
import jp.ras.application.ResidenceApplicationService;
import jp.ras.domain.model.application.ReEntryPermit;
import jp.ras.domain.model.application.ReceiptMethod;
import jp.ras.domain.model.application.ResidenceApplication;
import jp.ras.domain.shared.JapanTime;
import jp.ras.domain.shared.RuleViolationException;
import jp.ras.interfaces.web.shell.LocaleBacking;
import jp.ras.interfaces.web.shell.Messages;

/**
 * app/file.xhtml ({@code ?person=<entryId>} preselects a person): files an extension of the period of stay for a
 * person on the organisation's list with re-entry permit, activity permission, receipt method and face photo
 * (AP1–AP9, RC1, RC2). Every refusal is shown on its field and the input is kept, except the photo file, which the
 * browser cannot be given back (the page says so). On success: the provisional receipt number (RN1).
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
    private ResidenceApplicationService.Filed filed;

    @PostConstruct
    void load() {
        MyOrganisationService.View view = organisations.mine();
        roster = view.roster();
        canFile = view.canFile();
        applicantLanguage = locale.getLanguage();
        Long wanted = Pages.id(FacesContext.getCurrentInstance(), "person");
        person = roster.stream().anyMatch(p -> wanted != null && p.entryId() == wanted) ? wanted : null;
    }

    public void file() {
        byte[] upload = PhotoUpload.read(photo);
        photo = null;
        boolean filedNow;
        if (person == null) {
            Messages.violations(FORM, RuleViolationException.of("person", "required", "AP2"));
            filedNow = false;
        } else {
            ResidenceApplication.Form form = new ResidenceApplication.Form(reEntry, activityPermission, desiredPeriod,
                    reason, presenceConfirmed, receiptMethod, kanjiRequested, kanjiName, applicantMail,
                    Locale.forLanguageTag(applicantLanguage == null ? locale.getLanguage() : applicantLanguage));
            long entry = person;
            filedNow = Messages.attempt(FORM, () -> filed = applications.file(entry, form, upload));
        }
        choosePhotoAgain = !filedNow && upload != null;
        if (filedNow) {
            clear();
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
    }

    /** The roster as choices: name, status, period and expiry in the label. */
    public List<SelectItem> getPersons() {
        return roster.stream().map(p -> new SelectItem(p.entryId(), Messages.text("filing", "file.personOption",
                p.nameRoman(), p.statusOfResidence(), p.periodOfStay(), p.stayExpiry()))).toList();
    }

    /** The chosen person, for the hint beside the choice; null before a choice. */
    public Person getChosen() {
        return person == null ? null : roster.stream().filter(p -> p.entryId() == person).findFirst().orElse(null);
    }

    /** AP4–AP6: when the chosen person's extension can be filed online. */
    public FilingWindowHint getWindow() {
        Person chosen = getChosen();
        return chosen == null ? null
                : FilingWindowHint.of(chosen.stayExpiry(), chosen.periodOfStay(), JapanTime.today(clock));
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
