package jp.ras.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessGateTest {

    @DisplayName("AP12: the intranet's paths are the officers'")
    @ParameterizedTest(name = "AP12: {0} is intranet: {1}")
    @CsvSource({
        "/officer, true",
        "/officer/home.xhtml, true",
        "/officer;jsessionid=1/home.xhtml, true",
        "/api/v1/officer/applications, true",
        "/api/v1/officer/applications/7/review, true",
        "/api/v1/officer;x=1/applications, true",
        "/api/v1;v=2/officer/organisations/1/roster, true",
        "/api//v1//officer/applications, true",
        "/api/v1/officer, true",
        "/api/v1/applications, false",
        "/api/v1/officers, false",
        "/app/home.xhtml, false",
        "/officers.xhtml, false"})
    void ap12_intranetPaths(String path, boolean intranet) {
        assertEquals(intranet, AccessGate.isIntranet(AccessGate.canonical(path)));
    }
}
