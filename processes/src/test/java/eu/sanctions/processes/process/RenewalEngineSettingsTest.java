package eu.sanctions.processes.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenewalEngineSettingsTest {

	@Test
	void changesTheEngineDefaultsTheRenewalIsNotBuiltFor() {
		ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
		// Unset, the engine takes removal-time based cleanup, a removal time written at
		// the end.
		assertThat(configuration.getHistoryCleanupStrategy()).isNull();
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isNull();
		configuration.setJavaSerializationFormatEnabled(true);

		new RenewalEngineSettings().preInit(configuration);

		assertThat(configuration.getHistoryTimeToLive()).isEqualTo("P365D");
		assertThat(configuration.getHistoryCleanupStrategy())
			.isEqualTo(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_END_TIME_BASED);
		assertThat(configuration.getHistoryRemovalTimeStrategy())
			.isEqualTo(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_NONE);
		assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
	}

	@Test
	void indexesTheTasksParentTaskSoThatCompletingATaskDoesNotReadEveryOpenTask() throws Exception {
		ProcessEngineConfiguration configuration = RenewalEngine.plain((event) -> {
		});
		ProcessEngine engine = configuration.buildProcessEngine();
		try (Connection connection = configuration.getDataSource().getConnection();
				ResultSet indexes = connection.getMetaData().getIndexInfo(null, null, "ACT_RU_TASK", false, false)) {
			Map<String, String> columnByIndex = new HashMap<>();
			while (indexes.next()) {
				columnByIndex.put(indexes.getString("INDEX_NAME"), indexes.getString("COLUMN_NAME"));
			}
			assertThat(columnByIndex).containsEntry(RenewalEngineSettings.TASK_PARENT_INDEX, "PARENT_TASK_ID_");
			try (ResultSet plan = connection.createStatement()
				.executeQuery("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task'")) {
				assertThat(plan.next()).isTrue();
				assertThat(plan.getString(1)).as("the engine's subtask query")
					.contains(RenewalEngineSettings.TASK_PARENT_INDEX);
			}
		}
		finally {
			engine.close();
		}
	}

}
