package eu.sanctions.events.outbox;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * A real data source seen through a window: counts the commits its connections make and
 * the statements they execute, and which of those ran outside a transaction (auto-commit,
 * each its own commit). Everything else passes through unchanged.
 */
final class DatabaseTrips {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate");

	private static final Set<String> BATCH_EXECUTIONS = Set.of("executeBatch", "executeLargeBatch");

	private final DataSource target;

	private final AtomicInteger commits = new AtomicInteger();

	private final AtomicInteger statements = new AtomicInteger();

	private final AtomicInteger autoCommitted = new AtomicInteger();

	DatabaseTrips(DataSource target) {
		this.target = target;
	}

	DataSource dataSource() {
		return proxy(DataSource.class, this.target, (method, args, result) -> (result instanceof Connection connection)
				? proxy(Connection.class, connection, connectionHandler(connection)) : result);
	}

	int commits() {
		return this.commits.get();
	}

	int statements() {
		return this.statements.get();
	}

	int autoCommitted() {
		return this.autoCommitted.get();
	}

	void reset() {
		this.commits.set(0);
		this.statements.set(0);
		this.autoCommitted.set(0);
	}

	private Interception connectionHandler(Connection connection) {
		return (method, args, result) -> {
			if (method.getName().equals("commit")) {
				this.commits.incrementAndGet();
			}
			if (result instanceof PreparedStatement statement) {
				return proxy(PreparedStatement.class, statement, statementHandler(connection));
			}
			if (result instanceof Statement statement) {
				return proxy(Statement.class, statement, statementHandler(connection));
			}
			return result;
		};
	}

	private Interception statementHandler(Connection connection) {
		AtomicInteger batched = new AtomicInteger();
		return (method, args, result) -> {
			int executed = 0;
			if (method.getName().equals("addBatch")) {
				batched.incrementAndGet();
			}
			else if (EXECUTIONS.contains(method.getName())) {
				executed = 1;
			}
			else if (BATCH_EXECUTIONS.contains(method.getName())) {
				executed = batched.getAndSet(0);
			}
			if (executed > 0) {
				this.statements.addAndGet(executed);
				if (connection.getAutoCommit()) {
					this.autoCommitted.addAndGet(executed);
				}
			}
			return result;
		};
	}

	private static <T> T proxy(Class<T> type, T target, Interception after) {
		InvocationHandler handler = (proxy, method, args) -> {
			Object result;
			try {
				result = method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
			return after.apply(method, args, result);
		};
		return type
			.cast(Proxy.newProxyInstance(DatabaseTrips.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@FunctionalInterface
	private interface Interception {

		Object apply(Method method, Object[] args, Object result) throws Exception;

	}

}
