package eu.sanctions.events.testing;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Starts the broker and the database that {@link WithKafkaBroker} and
 * {@link WithPostgres} ask for, before the context refreshes, and stops them when it
 * closes. Registered in {@code META-INF/spring.factories} of the test-jar.
 */
class TestInfrastructureCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean kafka = TestContextAnnotationUtils.hasAnnotation(testClass, WithKafkaBroker.class);
		boolean postgres = TestContextAnnotationUtils.hasAnnotation(testClass, WithPostgres.class);
		return (kafka || postgres) ? new Customizer(kafka, postgres) : null;
	}

	/**
	 * Equal for equal needs, so that the context cache shares a context between test
	 * classes that ask alike.
	 */
	private record Customizer(boolean kafka, boolean postgres) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			if (this.kafka) {
				KafkaTestBroker broker = KafkaTestBroker.start();
				register(context, "kafkaTestBroker", broker);
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("kafkaTestBroker",
							Map.of("spring.kafka.bootstrap-servers", broker.bootstrapServers())));
			}
			if (this.postgres) {
				PostgresTestDatabase database = PostgresTestDatabase.create();
				register(context, "postgresTestDatabase", database);
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("postgresTestDatabase",
							Map.of("spring.datasource.url", database.url(), "spring.datasource.username",
									database.username(), "spring.datasource.password", database.password(),
									"spring.datasource.driver-class-name", "org.postgresql.Driver")));
			}
		}

		/**
		 * Registered before any application bean, so destroyed after all of them:
		 * consumers stop first.
		 */
		private static void register(ConfigurableApplicationContext context, String name, AutoCloseable resource) {
			DefaultSingletonBeanRegistry registry = (DefaultSingletonBeanRegistry) context.getBeanFactory();
			registry.registerSingleton(name, resource);
			registry.registerDisposableBean(name, resource::close);
		}

	}

}
