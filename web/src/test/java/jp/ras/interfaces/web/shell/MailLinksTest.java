package jp.ras.interfaces.web.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.ras.application.MailLinks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailLinksTest {

    @Test
    @DisplayName("AC1, AC2, AC4 (issue 16): every page a mail links to exists, and the links name it")
    void mailedPagesExist() {
        for (String page : MailLinks.PAGES) {
            assertTrue(Files.isRegularFile(Path.of("src/main/webapp", page)), page + " is a page of the web tier");
        }
        assertTrue(MailLinks.setPassword("t").startsWith(MailLinks.PAGES.get(0) + "?"));
        assertTrue(MailLinks.resetPassword("t").startsWith(MailLinks.PAGES.get(0) + "?"));
        assertTrue(MailLinks.confirmMail("t").startsWith(MailLinks.PAGES.get(1) + "?"));
    }
}
