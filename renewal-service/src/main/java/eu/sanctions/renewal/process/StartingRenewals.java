package eu.sanctions.renewal.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.processes.renewal.RenewalId;
import eu.sanctions.renewal.renewal.RenewalAlreadyStarted;
import eu.sanctions.renewal.renewal.RenewalStatus;
import eu.sanctions.renewal.renewal.RenewalSummary;
import eu.sanctions.renewal.renewal.RenewalViews;

/**
 * Starts the renewal of a package's expiry, once: one renewal per (package, expiry),
 * whether the registry or staff ask for it. A renewal that is running is not started
 * again, and neither is one that has ended (extended, lapsed or withdrawn): its
 * positions, risk and timeline stay as they ended, and a later renewal of the package is
 * the renewal of its next expiry.
 */
@Component
public class StartingRenewals {

	private final RuntimeService runtime;

	private final RenewalInstances instances;

	private final EngineTransactions transactions;

	private final RenewalViews renewals;

	StartingRenewals(RuntimeService runtime, RenewalInstances instances, EngineTransactions transactions,
			RenewalViews renewals) {
		this.runtime = runtime;
		this.instances = instances;
		this.transactions = transactions;
		this.renewals = renewals;
	}

	/**
	 * Starts the renewal in the caller's transaction, unless it is running or has ended.
	 * @return what became of the request
	 * @throws RenewalAlreadyStarted (or an exception caused by it, or a duplicate key on
	 * the renewal or on the number of the package's first event) when another transaction
	 * started the same renewal at the same moment: the caller's transaction must roll
	 * back
	 */
	public Start start(RenewalStart start) {
		String renewalId = start.renewalId();
		if (this.instances.running(renewalId).isPresent()) {
			return Start.RUNNING;
		}
		Optional<RenewalStatus> known = this.renewals.summary(renewalId).map(RenewalSummary::status);
		if (known.isPresent()) {
			return (known.get() == RenewalStatus.OPEN) ? Start.RUNNING : new Start.Ended(known.get());
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(RenewalProcess.Variables.PACKAGE_KEY, start.packageKey());
		variables.put(RenewalProcess.Variables.EXPIRY, start.expiry().toString());
		variables.put(RenewalProcess.Variables.RENEWAL_CYCLE_MONTHS, start.renewalCycleMonths());
		if (start.proposedNewExpiry() != null) {
			variables.put(RenewalProcess.Variables.PROPOSED_NEW_EXPIRY, start.proposedNewExpiry().toString());
		}
		variables.put(RenewalProcess.Variables.STARTED_BY, start.startedBy());
		if (start.triggeringEventId() != null) {
			variables.put(RenewalProcess.Variables.TRIGGERING_EVENT_ID, start.triggeringEventId());
		}
		this.runtime.startProcessInstanceByKey(RenewalProcess.ID, renewalId, variables);
		return Start.STARTED;
	}

	/**
	 * Starts the renewal in a transaction of its own.
	 * @return whether it started; {@code false} when one was running, or another request
	 * started it at the same moment
	 * @throws RenewalEnded when the renewal has ended: it is not started again
	 */
	public boolean startNow(RenewalStart start) {
		Start result;
		try {
			result = this.transactions.inTransaction((status) -> start(start));
		}
		catch (RuntimeException ex) {
			if (startedAtTheSameMoment(ex, start.renewalId())) {
				return false;
			}
			throw ex;
		}
		if (result instanceof Start.Ended ended) {
			throw new RenewalEnded(start.renewalId(), ended.status());
		}
		return result == Start.STARTED;
	}

	/**
	 * Whether a start failed because another one of the same renewal committed first: the
	 * read model refused it, or the renewal is there now. The latter holds whatever the
	 * failure looked like (a duplicate key on the renewal or on the number of the
	 * package's first event, or a statement refused in a transaction that had already
	 * failed): this start checked that the renewal did not exist before it began, so one
	 * that exists now is another's. H2 and PostgreSQL both make the second insert wait
	 * until the first commits ({@code StartRaceScenarios}), so it is there by then.
	 */
	private boolean startedAtTheSameMoment(RuntimeException failure, String renewalId) {
		return causedBy(failure, RenewalAlreadyStarted.class) || this.renewals.exists(renewalId);
	}

	static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	/** What became of a request to start a renewal. */
	public interface Start {

		/** Started now. */
		Start STARTED = new Start() {
		};

		/** Running already: nothing was done. */
		Start RUNNING = new Start() {
		};

		/**
		 * Ended already: nothing was done.
		 *
		 * @param status how it ended
		 */
		record Ended(RenewalStatus status) implements Start {
		}

	}

	/**
	 * The renewal of that package and expiry has ended: it is not started again.
	 */
	public static final class RenewalEnded extends RuntimeException {

		private final RenewalStatus status;

		RenewalEnded(String renewalId, RenewalStatus status) {
			super("The renewal " + renewalId + " has ended (" + status
					+ "): an expiry is renewed once. A later renewal of the package is that of its next expiry.");
			this.status = status;
		}

		public RenewalStatus status() {
			return this.status;
		}

	}

	/**
	 * What a renewal starts from.
	 *
	 * @param packageKey the package, e.g. {@code EU-BLR}
	 * @param expiry the expiry to renew
	 * @param renewalCycleMonths the package's usual extension
	 * @param proposedNewExpiry the proposed new expiry, or {@code null} for the expiry
	 * plus the cycle
	 * @param startedBy {@code registry}, or the staff user
	 * @param triggeringEventId the {@code renewal-due} event, if any
	 */
	public record RenewalStart(String packageKey, LocalDate expiry, int renewalCycleMonths, LocalDate proposedNewExpiry,
			String startedBy, String triggeringEventId) {

		/** The renewal's id: {@code EU-BLR:2027-02-28}. */
		public String renewalId() {
			return new RenewalId(this.packageKey, this.expiry).toString();
		}

	}

}
