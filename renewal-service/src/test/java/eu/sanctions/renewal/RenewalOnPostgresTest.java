package eu.sanctions.renewal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.sanctions.processes.process.RenewalEngineSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole renewal on PostgreSQL, with callers presenting JWTs and desk systems signing
 * their positions.
 */
class RenewalOnPostgresTest extends ProductionLikeServiceTest {

	@Test
	void takesARenewalFromDueToExtendedOnPostgres() {
		wholeRenewalThroughKafkaAndRest();
	}

	@Test
	void indexesTheTasksParentTaskThatCamundasSchemaLeavesUnindexed() {
		String definition = this.jdbc
			.sql("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = ?")
			.param(RenewalEngineSettings.TASK_PARENT_INDEX.toLowerCase(Locale.ROOT))
			.query(String.class)
			.single();

		assertThat(definition).containsIgnoringCase("(parent_task_id_)");
	}

}
