package jp.ras.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import jp.ras.domain.model.organisation.Sex;
import jp.ras.domain.model.usage.ApplicantKind;
import jp.ras.domain.model.usage.UsageApplicationKind;
import jp.ras.domain.model.usage.UsageRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsageRequestPayloadTest {

    private static PersonData person(int i) {
        return new PersonData("NGUYEN VAN AN", "阮文安", "VNM", LocalDate.of(1995, 4, 1), Sex.MALE,
                String.format("AB%08dCD", i), "C1234567", "技能実習2号ロ", "1年", LocalDate.of(2027, 3, 31),
                "東京都港区港南5-5-30");
    }

    private static UsageApplicationService.Entry entry(int persons) {
        List<PersonData> list = new ArrayList<>();
        for (int i = 0; i < persons; i++) {
            list.add(person(i));
        }
        return UsageApplicationService.Entry.builder().kind(UsageApplicationKind.NEW).officeCode("tokyo")
                .orgName("株式会社テスト").corporateNumber("7000012050002").prefecture("東京都").address("東京都港区")
                .applicantKind(ApplicantKind.AGENT).applicantName("行政 書士子").applicantMail("a@example.jp")
                .applicantPhone("03-1234-5678").applicantLocale(Locale.ENGLISH)
                .applicantBirth(LocalDate.of(1980, 1, 2)).agentConsent(true).identityDocument("online: id.pdf")
                .persons(list).build();
    }

    @Test
    @DisplayName("UA4 (issue 17): a waiting request's parts read back as they were sent")
    void partsRoundTrip() {
        UsageApplicationService.Entry sent = entry(3);
        UsageApplicationService.Entry read = UsageRequestService.Payload.read(UsageRequestService.Payload.write(sent));
        assertEquals(sent.orgName(), read.orgName());
        assertEquals(sent.corporateNumber(), read.corporateNumber());
        assertEquals(sent.applicantKind(), read.applicantKind());
        assertEquals(sent.applicantLocale(), read.applicantLocale());
        assertEquals(sent.applicantBirth(), read.applicantBirth());
        assertEquals(sent.agentConsent(), read.agentConsent());
        assertEquals(sent.persons(), read.persons());
    }

    @Test
    @DisplayName("UA4 (issue 17): the most persons an online application may bring fit in the request's column")
    void theLongestRosterFits() {
        String payload = UsageRequestService.Payload.write(entry(UsageRequestService.MAX_PERSONS));
        assertTrue(payload.length() <= UsageRequest.MAX_PAYLOAD, payload.length() + " characters");
    }

    @Test
    @DisplayName("SE1 (issue 17): a stored request is read back only as the entry's own types")
    void foreignTypesAreRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(java.util.Map.of("a", "b")));
        }
        String foreign = Base64.getEncoder().encodeToString(bytes.toByteArray());
        assertThrows(IllegalStateException.class, () -> UsageRequestService.Payload.read(foreign));
    }
}
