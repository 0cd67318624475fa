package eu.sanctions.benchmarks.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

import eu.sanctions.processes.process.RenewalEvents;
import eu.sanctions.processes.process.RenewalEngineSettings;
import eu.sanctions.processes.process.RenewalProcessComponents;

/**
 * A standalone Camunda engine in this JVM, configured as renewal-service configures its
 * own (application.yml and the Spring Boot starter's defaults): the given history level
 * ({@code full} in the service), the job executor on, the {@link RenewalEngineSettings}
 * the service applies too (Java serialization off, a history kept 365 days after a
 * renewal ends and removed by end time), UUIDs as ids, a Hikari pool of 10; the renewal's
 * BPMN, DMN and forms deployed, and its delegates as beans. Authorization is on, as in
 * the service: its checks apply only to calls made for an authenticated user, which
 * neither this workload nor the service's Kafka and REST doors make, but with it on the
 * engine gives each new task's candidate group a default authorization on that task (what
 * lets a desk see its own state's task in Tasklist, and no other's) and removes it with
 * the task, at every position. Until 30 November, 21:03 UTC, it was off here, and the
 * bare engine spared itself that work.
 */
final class BareEngine implements AutoCloseable {

	static final List<String> RESOURCES = List.of("renewal/sanctions-renewal.bpmn", "renewal/veto-risk.dmn",
			"renewal/forms/adoption.form", "renewal/forms/negotiation.form", "renewal/forms/position.form",
			"renewal/forms/registry-overdue.form", "renewal/forms/registry-refusal.form", "renewal/forms/review.form");

	/**
	 * As {@code camunda.bpm.authorization.enabled} in renewal-service's configuration.
	 */
	static final boolean AUTHORIZATION_ENABLED = true;

	private static final AtomicInteger ENGINES = new AtomicInteger();

	private final HikariDataSource dataSource;

	private final ProcessEngine engine;

	private BareEngine(HikariDataSource dataSource, ProcessEngine engine) {
		this.dataSource = dataSource;
		this.engine = engine;
	}

	static BareEngine start(EngineDatabase database, String historyLevel, RenewalEvents events) {
		HikariConfig pool = new HikariConfig();
		pool.setJdbcUrl(database.url());
		pool.setUsername(database.username());
		pool.setPassword(database.password());
		pool.setMaximumPoolSize(10);
		pool.setPoolName("bare-engine");
		HikariDataSource dataSource = new HikariDataSource(pool);
		try {
			StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
			configuration.setProcessEngineName("bare-engine-" + ENGINES.incrementAndGet());
			configuration.setDataSource(dataSource);
			configuration.setDatabaseSchemaUpdate("true");
			configuration.setHistory(historyLevel);
			configuration.setJobExecutorActivate(true);
			configuration.setAuthorizationEnabled(AUTHORIZATION_ENABLED);
			configuration.setIdGenerator(new StrongUuidGenerator());
			configuration.getProcessEnginePlugins().add(new RenewalEngineSettings());
			Map<Object, Object> beans = new HashMap<>(RenewalProcessComponents.of(events).beans());
			configuration.setBeans(beans);
			ProcessEngine engine = configuration.buildProcessEngine();
			DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("sanctions-renewal");
			RESOURCES.forEach(deployment::addClasspathResource);
			deployment.deploy();
			return new BareEngine(dataSource, engine);
		}
		catch (RuntimeException ex) {
			dataSource.close();
			throw ex;
		}
	}

	ProcessEngine engine() {
		return this.engine;
	}

	DataSource dataSource() {
		return this.dataSource;
	}

	@Override
	public void close() {
		this.engine.close();
		this.dataSource.close();
	}

}
