package eu.sanctions.benchmarks.stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.sanctions.benchmarks.engine.Autovacuum;
import eu.sanctions.benchmarks.engine.EngineDatabase;
import eu.sanctions.events.testing.PostgresTestDatabase;

/**
 * The services' databases: each its own H2 file (the embedded default, in the stack's
 * data folder), or each a fresh database on the PostgreSQL server, dropped with the
 * stack.
 */
public final class StackDatabase implements AutoCloseable {

	private final String name;

	private final Autovacuum.Tally autovacuums;

	private final Map<String, PostgresTestDatabase> created = new LinkedHashMap<>();

	private final List<Autovacuum> vacuumed = new ArrayList<>();

	private StackDatabase(String name, Autovacuum.Tally autovacuums) {
		this.name = name;
		this.autovacuums = autovacuums;
	}

	public static StackDatabase h2() {
		return new StackDatabase(EngineDatabase.H2, new Autovacuum.Tally());
	}

	/**
	 * Databases on the PostgreSQL server, vacuumed as autovacuum would if the server has
	 * it off ({@link Autovacuum}), what was done added to the tally.
	 */
	public static StackDatabase postgres(Autovacuum.Tally autovacuums) {
		return new StackDatabase(EngineDatabase.POSTGRESQL, autovacuums);
	}

	public String name() {
		return this.name;
	}

	/** The variables that point a service at its database. */
	Map<String, String> environment(String service) {
		if (EngineDatabase.H2.equals(this.name)) {
			return Map.of();
		}
		PostgresTestDatabase database = PostgresTestDatabase.create();
		this.created.put(service, database);
		this.vacuumed
			.add(Autovacuum.forDatabase(database.url(), database.username(), database.password(), this.autovacuums));
		return Map.of("SPRING_DATASOURCE_URL", database.url(), "SPRING_DATASOURCE_USERNAME", database.username(),
				"SPRING_DATASOURCE_PASSWORD", database.password());
	}

	/**
	 * What each service's database has done so far, by service, from the server's
	 * statistics ({@link DatabaseActivity}); empty on H2.
	 */
	Map<String, DatabaseActivity.Counts> activity() {
		if (this.created.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new LinkedHashMap<>();
		this.created.forEach((service, database) -> names.put(service, database.name()));
		PostgresTestDatabase any = this.created.values().iterator().next();
		return DatabaseActivity.read(names, any.url(), any.username(), any.password());
	}

	@Override
	public void close() {
		this.vacuumed.forEach(Autovacuum::close);
		this.created.values().forEach(PostgresTestDatabase::close);
	}

}
