package eu.sanctions.renewal.web;

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
	OpenAPI renewalApi() {
		return new OpenAPI()
			.info(new Info().title("EU sanctions renewals")
				.version("v1")
				.description("The renewals of EU sanctions packages: staff start and withdraw them; every role reads "
						+ "them (the proposal, deadlines, each state's position and its history, the veto risk and "
						+ "its history, the timeline); a member state's desk submits or revises its own state's "
						+ "position. Staff's tasks (review, negotiation, adoption, the registry's answers) are done "
						+ "in Camunda Tasklist or through the engine REST API at /engine-rest. A renewal's id is "
						+ "{packageKey}:{expiry}, e.g. EU-BLR:2027-02-28. Errors are application/problem+json."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
