package eu.sanctions.processes.process;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine settings the renewal process is built for, and the one index it needs beyond
 * Camunda's schema, in one place for every engine that runs it: renewal-service's, the
 * process tests' and the benchmarks' bare engine.
 * <ul>
 * <li>A renewal's history is kept for {@value #HISTORY_TIME_TO_LIVE} after it ends (the
 * process model says the same; this covers the decision table), and the cleanup finds
 * what to remove by the end time. The engine's default, removal-time based, writes the
 * removal time into every history row of a renewal when it ends: some 1 500 rows updated
 * at once, a quarter of the database's time in the bare engine's benchmark on H2.</li>
 * <li>No variable is stored as a serialized Java object, whatever the engine's default:
 * the process keeps strings, numbers and JSON.</li>
 * <li>An index on the tasks' parent task ({@value #TASK_PARENT_INDEX}). Completing a task
 * looks for its subtasks by that column, which Camunda's schema does not index
 * (camunda/camunda#36824), so every desk's answer read every open task of every renewal:
 * 8 % of renewal-service's position work in the benchmark with 40 renewals open. Created
 * if missing when the engine starts, on H2 and PostgreSQL; where it cannot be (the
 * database user may not create indexes), a warning gives the statement to run.</li>
 * </ul>
 * The settings are applied before an installation's own configuration (renewal-service
 * orders this plugin first), which may still change any of them.
 */
public final class RenewalEngineSettings extends AbstractProcessEnginePlugin {

	/** How long a renewal's history is kept after it ends. */
	public static final String HISTORY_TIME_TO_LIVE = "P365D";

	/** The index on {@code ACT_RU_TASK.PARENT_TASK_ID_}. */
	public static final String TASK_PARENT_INDEX = "SANCTIONS_IDX_TASK_PARENT";

	private static final Set<String> INDEXED_DATABASES = Set.of("h2", "postgres");

	private static final Logger log = LoggerFactory.getLogger(RenewalEngineSettings.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setHistoryTimeToLive(HISTORY_TIME_TO_LIVE);
		configuration.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
		configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
		configuration.setJavaSerializationFormatEnabled(false);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		String statement = "create index if not exists " + TASK_PARENT_INDEX + " on "
				+ configuration.getDatabaseTablePrefix() + "ACT_RU_TASK (PARENT_TASK_ID_)";
		if (!INDEXED_DATABASES.contains(configuration.getDatabaseType())) {
			log.warn("No index on the tasks' parent task for a {} database; a DBA may add it, like this: {}",
					configuration.getDatabaseType(), statement);
			return;
		}
		try (Connection connection = configuration.getDataSource().getConnection();
				Statement create = connection.createStatement()) {
			create.execute(statement);
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			log.warn("Could not index the tasks' parent task ({}); unless another node has just done it, completing "
					+ "a task reads every open task. A DBA may run: {}", ex.getMessage(), statement);
		}
	}

}
