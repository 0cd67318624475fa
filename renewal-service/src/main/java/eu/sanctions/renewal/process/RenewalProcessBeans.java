package eu.sanctions.renewal.process;

import java.time.Clock;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import eu.sanctions.processes.process.RenewalEngineSettings;
import eu.sanctions.processes.process.RenewalEvents;
import eu.sanctions.processes.process.RenewalProcessComponents;
import eu.sanctions.processes.renewal.Populations;

/**
 * The engine settings the renewal is built for, and the delegates and listeners the
 * renewal's BPMN names ({@code ${renewalOpening}}, ...), each a singleton bean under its
 * name, built once from the events port, the engine's clock and the populations.
 */
@Configuration(proxyBeanMethods = false)
class RenewalProcessBeans {

	/**
	 * The engine settings the process is built for, applied before every other plugin
	 * (the starter's {@code camunda.bpm.generic-properties} among them), so that an
	 * installation's configuration may still change any of them.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RenewalEngineSettings renewalEngineSettings() {
		return new RenewalEngineSettings();
	}

	@Bean
	RenewalProcessComponents renewalProcessComponents(RenewalEvents events, Clock clock) {
		return new RenewalProcessComponents(events, clock, Populations.eurostat2025());
	}

	/**
	 * Declares one bean per component, by the names the components give themselves; each
	 * is taken from {@link RenewalProcessComponents} when first needed, so the engine
	 * finds them whenever it resolves an expression, also for a timer that fires at
	 * start-up.
	 */
	@Bean
	static BeanDefinitionRegistryPostProcessor renewalDelegates() {
		return new BeanDefinitionRegistryPostProcessor() {

			@Override
			public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
				BeanFactory beans = (BeanFactory) registry;
				RenewalProcessComponents.of((event) -> {
				})
					.beans()
					.forEach((name, prototype) -> registry.registerBeanDefinition(name,
							definition(beans, name, prototype.getClass())));
			}

			@Override
			public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
			}

		};
	}

	@SuppressWarnings("unchecked")
	private static <T> RootBeanDefinition definition(BeanFactory beans, String name, Class<T> type) {
		return new RootBeanDefinition(type, () -> (T) beans.getBean(RenewalProcessComponents.class).beans().get(name));
	}

}
