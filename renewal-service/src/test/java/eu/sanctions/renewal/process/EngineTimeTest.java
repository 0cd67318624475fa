package eu.sanctions.renewal.process;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the engine's clock starts. */
class EngineTimeTest {

	@AfterEach
	void putTheClockBack() {
		ClockUtil.reset();
	}

	@Test
	void startsAMovableClockAtTheConfiguredInstantAndLetsItRun() {
		start(new MockEnvironment().withProperty("sanctions.clock.movable", "true")
			.withProperty("sanctions.clock.start", "2026-11-22T09:00:00Z"));

		assertThat(Duration.between(Instant.parse("2026-11-22T09:00:00Z"), ClockUtil.getCurrentTime().toInstant()))
			.isBetween(Duration.ZERO, Duration.ofSeconds(5));
	}

	@Test
	void leavesTheClockAloneUnlessItIsMovable() {
		start(new MockEnvironment().withProperty("sanctions.clock.start", "2030-01-01T00:00:00Z"));

		assertThat(Duration.between(Instant.now(), ClockUtil.getCurrentTime().toInstant()).abs())
			.isLessThan(Duration.ofSeconds(5));
	}

	private static void start(MockEnvironment environment) {
		EngineTime.ClockStart start = EngineTime.engineClockStart();
		start.setEnvironment(environment);
		start.postProcessBeanFactory(new DefaultListableBeanFactory());
	}

}
