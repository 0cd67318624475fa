package eu.sanctions.renewal;

import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fault switched on in the service's real PostgreSQL database, until closed: inserting
 * a row whose column has a given value into a table fails with an SQLSTATE, as the
 * database itself fails a statement (a serialization failure, a statement cancelled, a
 * check violated). A trigger raises it; a sequence, which no rollback undoes, counts the
 * refusals. Scoped to one value (a test's package), it leaves the other tests sharing the
 * service alone.
 */
final class RefusedInserts implements AutoCloseable {

	private final JdbcClient jdbc;

	private final String name;

	private final String table;

	private final String column;

	private final String value;

	private RefusedInserts(JdbcClient jdbc, String name, String table, String column, String value) {
		this.jdbc = jdbc;
		this.name = name;
		this.table = table;
		this.column = column;
		this.value = value;
	}

	/**
	 * Refuses, from now on, the inserts into the table of rows whose column has the
	 * value.
	 */
	static RefusedInserts of(JdbcClient jdbc, String table, String column, String value, String sqlState) {
		String name = "test_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc.sql("CREATE SEQUENCE " + name + "_refusals").update();
		refuse(jdbc, name, column, value, sqlState);
		jdbc.sql(
				"CREATE TRIGGER %1$s BEFORE INSERT ON %2$s FOR EACH ROW EXECUTE FUNCTION %1$s()".formatted(name, table))
			.update();
		return new RefusedInserts(jdbc, name, table, column, value);
	}

	/**
	 * From now on, the same inserts fail with another SQLSTATE: the same failure turns
	 * into another, with no insert taken in between.
	 */
	void refuseWith(String sqlState) {
		refuse(this.jdbc, this.name, this.column, this.value, sqlState);
	}

	private static void refuse(JdbcClient jdbc, String name, String column, String value, String sqlState) {
		jdbc.sql("""
				CREATE OR REPLACE FUNCTION %1$s() RETURNS trigger LANGUAGE plpgsql AS $fault$
				BEGIN
				    IF NEW.%2$s = '%3$s' THEN
				        PERFORM nextval('%1$s_refusals');
				        RAISE EXCEPTION 'Test fault: the database refuses this insert into %%', TG_TABLE_NAME
				            USING ERRCODE = '%4$s';
				    END IF;
				    RETURN NEW;
				END
				$fault$""".formatted(name, column.toLowerCase(Locale.ROOT), value.replace("'", "''"), sqlState))
			.update();
	}

	/** How many inserts were refused so far. */
	long refusals() {
		return this.jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM " + this.name + "_refusals")
			.query(Long.class)
			.single();
	}

	/** The database takes such inserts again. */
	@Override
	public void close() {
		this.jdbc.sql("DROP TRIGGER IF EXISTS " + this.name + " ON " + this.table).update();
		this.jdbc.sql("DROP FUNCTION IF EXISTS " + this.name + "()").update();
		this.jdbc.sql("DROP SEQUENCE IF EXISTS " + this.name + "_refusals").update();
	}

}
