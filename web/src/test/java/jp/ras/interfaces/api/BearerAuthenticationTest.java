package jp.ras.interfaces.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BearerAuthenticationTest {

    @Test
    @DisplayName("The bearer token is read from Authorization: Bearer (RFC 6750), any case of the scheme")
    void bearerHeader() {
        assertEquals(Optional.of("abc"), BearerAuthentication.bearerToken("Bearer abc"));
        assertEquals(Optional.of("abc"), BearerAuthentication.bearerToken("bearer  abc "));
        assertEquals(Optional.empty(), BearerAuthentication.bearerToken(null));
        assertEquals(Optional.empty(), BearerAuthentication.bearerToken("Bearer "));
        assertEquals(Optional.empty(), BearerAuthentication.bearerToken("Basic dXNlcjpwdw=="));
        assertEquals(Optional.empty(), BearerAuthentication.bearerToken("Bearerabc"));
    }
}
