package jp.ras.interfaces.api.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokensResourceTest {

    private static String basic(String text) {
        return "Basic " + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("HTTP Basic (RFC 7617): ID and password split at the first colon, UTF-8")
    void basicCredentials() {
        assertArrayEquals(new String[] {"ORG0000001", "pass:word ü"},
                TokensResource.basicCredentials(basic("ORG0000001:pass:word ü")).orElseThrow());
        assertArrayEquals(new String[] {"ORG0000001", ""},
                TokensResource.basicCredentials("basic " + Base64.getEncoder().encodeToString(
                        "ORG0000001:".getBytes(StandardCharsets.UTF_8))).orElseThrow());
        assertTrue(TokensResource.basicCredentials(null).isEmpty());
        assertTrue(TokensResource.basicCredentials(basic("no colon")).isEmpty());
        assertTrue(TokensResource.basicCredentials(basic(":password")).isEmpty(), "no ID");
        assertTrue(TokensResource.basicCredentials("Basic !!!not base64").isEmpty());
        assertTrue(TokensResource.basicCredentials("Bearer abc").isEmpty());
    }
}
