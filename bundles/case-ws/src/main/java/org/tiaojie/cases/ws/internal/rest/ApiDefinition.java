package org.tiaojie.cases.ws.internal.rest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.servers.Server;

/** Document-level facts of the generated OpenAPI description. */
@OpenAPIDefinition(
        info = @Info(title = "Tiaojie API", version = "1",
                description = "Petitions (信访) and multi-department mediation (大调解) for a county and its townships. "
                        + "Errors are application/problem+json with a stable `code`."),
        servers = @Server(url = "/cxf/api", description = "this installation"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A user of the Tiaojie (Karaf JAAS) realm")
public final class ApiDefinition {
    private ApiDefinition() {
    }
}
