package eu.sanctions.renewal.process;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import eu.sanctions.processes.process.EngineClock;

/**
 * This service runs on the engine's clock: the outbox, the inbox, the deadline checks and
 * the read model read the time the timers fire by. When the clock is movable
 * ({@code sanctions.clock.movable=true}, for the system tests and the demo), it may start
 * at a given instant ({@code sanctions.clock.start}), and an admin moves it forward at
 * {@code /actuator/clock}.
 */
@Configuration(proxyBeanMethods = false)
class EngineTime {

	private static final Logger log = LoggerFactory.getLogger(EngineTime.class);

	@Bean
	Clock clock() {
		return new EngineClock();
	}

	@Bean
	@ConditionalOnProperty(name = "sanctions.clock.movable", havingValue = "true")
	ClockEndpoint clockEndpoint(ProcessEngine engine) {
		return new ClockEndpoint(engine);
	}

	/**
	 * Sets the engine's clock to its start before any bean, the engine first, reads it.
	 */
	@Bean
	static ClockStart engineClockStart() {
		return new ClockStart();
	}

	static final class ClockStart implements BeanFactoryPostProcessor, EnvironmentAware {

		private Environment environment;

		@Override
		public void setEnvironment(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			String start = this.environment.getProperty("sanctions.clock.start", "");
			if (!this.environment.getProperty("sanctions.clock.movable", Boolean.class, false) || start.isBlank()) {
				return;
			}
			Duration offset = Duration.between(ClockUtil.resetClock().toInstant(),
					OffsetDateTime.parse(start).toInstant());
			ClockUtil.offset(offset.toMillis());
			log.info("The engine's clock starts at {} ({} from the system clock)", start, offset);
		}

	}

}
