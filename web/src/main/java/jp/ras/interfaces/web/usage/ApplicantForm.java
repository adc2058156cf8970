package jp.ras.interfaces.web.usage;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import jp.ras.application.UsageApplicationService;
import jp.ras.domain.model.usage.ApplicantKind;

/**
 * The person who asks to use RAS (UA3, SE2) as the usage forms edit them: the counter's entry, the online request
 * and an organisation's request for a further user bind these fields as {@code #{bean.applicant.name}} and so on,
 * while their components keep the ids the service's violations name ({@code applicantName}, {@code agentConsent},
 * …). The rules themselves are the service's.
 */
public class ApplicantForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ApplicantKind kind = ApplicantKind.STAFF;
    private String name;
    private String mail;
    private String phone;
    private String locale;
    private LocalDate birth;
    private boolean agentConsent;

    /** No language chosen yet: the page's offers its first. */
    public ApplicantForm() {
    }

    /** The language of the applicant's mails chosen beforehand ({@code ja}, {@code en}). */
    public ApplicantForm(String locale) {
        this.locale = locale;
    }

    /**
     * The applicant's fields into the service's entry; with no language chosen, the mails go out in
     * {@code fallbackLanguage}.
     */
    public UsageApplicationService.Entry.Builder fill(UsageApplicationService.Entry.Builder entry,
            String fallbackLanguage) {
        return entry.applicantKind(kind).applicantName(name).applicantMail(mail).applicantPhone(phone)
                .applicantLocale(Locale.forLanguageTag(locale == null || locale.isBlank() ? fallbackLanguage : locale))
                .applicantBirth(birth).agentConsent(agentConsent);
    }

    public ApplicantKind[] getKinds() {
        return ApplicantKind.values();
    }

    public ApplicantKind getKind() {
        return kind;
    }

    public void setKind(ApplicantKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMail() {
        return mail;
    }

    public void setMail(String mail) {
        this.mail = mail;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public LocalDate getBirth() {
        return birth;
    }

    public void setBirth(LocalDate birth) {
        this.birth = birth;
    }

    public boolean isAgentConsent() {
        return agentConsent;
    }

    public void setAgentConsent(boolean agentConsent) {
        this.agentConsent = agentConsent;
    }
}
