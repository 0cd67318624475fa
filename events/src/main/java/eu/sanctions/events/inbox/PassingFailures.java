package eu.sanctions.events.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that may pass (the database away or restarting, a connection lost, a
 * lock or a serialization conflict, a time-out) from one that will not (a bug, a record
 * that breaks a rule). A consumer retries the first kind for as long as it lasts, holding
 * back the records after it so that a package's events stay in order, and gives up on the
 * second after a few tries: a record is never sent to a dead-letter topic because the
 * database was away for a while.
 * <p>
 * It looks through the whole chain of causes for a {@link SQLTransientException}, a
 * {@link SQLRecoverableException}, an {@link SQLException} whose SQLSTATE class says so
 * ({@code 08} connection, {@code 40} transaction rolled back, {@code 53} insufficient
 * resources, {@code 57} operator intervention, {@code HYT} time-out), or one of the types
 * the service adds (its framework's own transient exceptions: this library knows none).
 */
public final class PassingFailures {

	private static final List<String> PASSING_SQL_STATE_CLASSES = List.of("08", "40", "53", "57", "HY");

	private final List<Class<? extends Throwable>> passingTypes;

	private PassingFailures(List<Class<? extends Throwable>> passingTypes) {
		this.passingTypes = List.copyOf(passingTypes);
	}

	/**
	 * The database's passing failures and, anywhere in the chain of causes, these types
	 * and their subtypes.
	 */
	@SafeVarargs
	public static PassingFailures databaseAnd(Class<? extends Throwable>... passingTypes) {
		return new PassingFailures(List.of(passingTypes));
	}

	/** Whether the failure, or any of its causes, may pass if the work is tried again. */
	public boolean mayPass(Throwable failure) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
			if (isPassing(cause)) {
				return true;
			}
			if (cause instanceof SQLException sql) {
				for (SQLException next = sql.getNextException(); next != null
						&& seen.add(next); next = next.getNextException()) {
					if (isPassing(next)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean isPassing(Throwable cause) {
		if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
			return true;
		}
		if (cause instanceof SQLException sql && passingSqlState(sql.getSQLState())) {
			return true;
		}
		return this.passingTypes.stream().anyMatch((type) -> type.isInstance(cause));
	}

	/**
	 * {@code HY} alone is the catch-all class of CLI errors: only its time-outs
	 * ({@code HYT00}, {@code HYT01}, H2's lock time-out among them) pass.
	 */
	private static boolean passingSqlState(String state) {
		if (state == null || state.length() < 2) {
			return false;
		}
		String stateClass = state.substring(0, 2);
		if (stateClass.equals("HY")) {
			return state.startsWith("HYT");
		}
		return PASSING_SQL_STATE_CLASSES.contains(stateClass);
	}

}
