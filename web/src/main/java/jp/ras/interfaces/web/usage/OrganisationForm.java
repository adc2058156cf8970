package jp.ras.interfaces.web.usage;

import java.io.Serializable;
import jp.ras.application.UsageApplicationService;

/**
 * The organisation a new usage application names (UA1, UA3) as the counter's entry and the online request edit
 * it, bound as {@code #{bean.newOrganisation.name}} and so on; the components keep the ids the service's violations
 * name ({@code orgName}, {@code corporateNumber}, {@code prefecture}, {@code address}).
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String corporateNumber;
    private String prefecture;
    private String address;

    /** The organisation's fields into the service's entry. */
    public UsageApplicationService.Entry.Builder fill(UsageApplicationService.Entry.Builder entry) {
        return entry.orgName(name).corporateNumber(corporateNumber).prefecture(prefecture).address(address);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public void setCorporateNumber(String corporateNumber) {
        this.corporateNumber = corporateNumber;
    }

    public String getPrefecture() {
        return prefecture;
    }

    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }
}
