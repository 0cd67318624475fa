package eu.sanctions.processes.process;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;

/**
 * An in-memory engine for one test class, as renewal-service runs it: full history, the
 * {@link RenewalEngineSettings}, the job executor off (tests run due jobs themselves, on
 * the engine's clock), and the renewal's delegates as beans.
 */
final class RenewalEngine {

	static final String BPMN = "renewal/sanctions-renewal.bpmn";

	static final String DMN = "renewal/veto-risk.dmn";

	private static final AtomicInteger ENGINES = new AtomicInteger();

	private RenewalEngine() {
	}

	/** With the coverage listeners of camunda-process-test-coverage. */
	static ProcessEngineConfiguration withCoverage(RenewalEvents events) {
		return configure(new ProcessCoverageInMemProcessEngineConfiguration(), events);
	}

	static ProcessEngineConfiguration plain(RenewalEvents events) {
		return configure(new StandaloneInMemProcessEngineConfiguration(), events);
	}

	private static ProcessEngineConfiguration configure(ProcessEngineConfigurationImpl configuration,
			RenewalEvents events) {
		String name = "renewal-test-" + ENGINES.incrementAndGet();
		configuration.setProcessEngineName(name);
		configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.getProcessEnginePlugins().add(new RenewalEngineSettings());
		Map<Object, Object> beans = new HashMap<>(RenewalProcessComponents.of(events).beans());
		configuration.setBeans(beans);
		return configuration;
	}

}
