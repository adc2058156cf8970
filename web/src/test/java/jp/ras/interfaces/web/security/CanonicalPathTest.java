package jp.ras.interfaces.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CanonicalPathTest {

    @Test
    @DisplayName("Security 1: the paths RAS serves are canonical")
    void ordinaryPathsAreCanonical() {
        for (String path : new String[] {"/", "/ras/", "/api/v1/applications/12", "/app/home.xhtml",
                "/jakarta.faces.resource/theme.css.xhtml", "/officer/supervisor/outbox.xhtml", "/a%20b", "/file.name.txt",
                "/...", "/api/v1/roster/%E5%90%8D", ""}) {
            assertTrue(CanonicalPath.isCanonical(path), path);
        }
    }

    @Test
    @DisplayName("Security 1: encoded dots, slashes and backslashes, path parameters, empty and dot segments are not")
    void trickPathsAreNot() {
        for (String path : new String[] {"/api/%2e%2e/account/account.xhtml", "/api/%2E%2E/x", "/api/../account",
                "/api/./x", "/api/..", "/api/.", "/api%2faccount", "/api%2Faccount", "/api%5caccount", "/api\\..\\x",
                "/api;jsessionid=1/x", "/app/home.xhtml;x=1", "//evil.example/app", "/app//home.xhtml",
                "/app/%00/x", "/app/%0d%0aSet-Cookie:x", "relative/path"}) {
            assertFalse(CanonicalPath.isCanonical(path), path);
        }
    }
}
