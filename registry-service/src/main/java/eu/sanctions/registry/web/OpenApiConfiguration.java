package eu.sanctions.registry.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description at {@code /v3/api-docs}, shown at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI registryApi() {
		return new OpenAPI()
			.info(new Info().title("EU sanctions registry")
				.version("v1")
				.description("The register of EU sanctions packages and of the measures in force: packages, legal "
						+ "acts, measures, listings, expiry, and every revision. Reads are open to every role; "
						+ "writes are for policy staff and need If-Match with the package's ETag. Errors are "
						+ "application/problem+json."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
