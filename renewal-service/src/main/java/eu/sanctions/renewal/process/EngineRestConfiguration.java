package eu.sanctions.renewal.process;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Priorities;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API at {@code /engine-rest}, with its failures answered by
 * {@link EngineRestErrors}.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestConfiguration {

	@Bean
	CamundaJerseyResourceConfig engineRest() {
		return new EngineRest();
	}

	@ApplicationPath("/engine-rest")
	static class EngineRest extends CamundaJerseyResourceConfig {

		@Override
		protected void registerAdditionalResources() {
			// Ahead of Camunda's own mappers of the same exception types.
			EngineRestErrors.mappers().forEach((mapper) -> register(mapper, Priorities.USER - 100));
		}

	}

}
