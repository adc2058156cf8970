package jp.ras.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API (JSON), version 1 under {@code /api/v1}: organisations' HR systems file residence applications
 * through the same EJB services as the screens. Documented by MicroProfile OpenAPI at {@code /openapi}.
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "RAS REST API", version = "1",
        description = "Residence Application Online System. Get a token with POST /api/v1/tokens (HTTP Basic:"
                + " authentication ID and password), then send it as `Authorization: Bearer <token>`. A login"
                + " token lapses after 30 minutes without a call. Errors are JSON in the Accept-Language (ja, en)."),
        tags = {@Tag(name = "tokens", description = "log in and out"),
                @Tag(name = "roster", description = "my organisation's foreign nationals (所属している外国人リスト)"),
                @Tag(name = "applications", description = "residence applications (在留期間更新許可申請)"),
                @Tag(name = "officer", description = "immigration officers"),
                @Tag(name = "case-status", description = "an application's status for its applicant, without a"
                        + " login (issue 17)")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "a token from POST /api/v1/tokens"),
        @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
                description = "authentication ID and password; only for POST /api/v1/tokens")})
public class RasApi extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // Error statuses keep the API's JSON body instead of the container's HTML error page.
        return Map.of("jersey.config.servlet.response.setStatusOverSendError", true);
    }
}
