package eu.sanctions.renewal.process;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import eu.sanctions.processes.process.RenewalProcess;
import eu.sanctions.processes.renewal.RenewalId;
import eu.sanctions.renewal.renewal.RenewalAlreadyRunning;

/**
 * Starts the renewal of a package's expiry, unless one is running: one renewal per
 * (package, expiry) at a time, whether the registry or staff ask for it.
 */
@Component
public class StartingRenewals {

	private final RuntimeService runtime;

	private final RenewalInstances instances;

	private final EngineTransactions transactions;

	StartingRenewals(RuntimeService runtime, RenewalInstances instances, EngineTransactions transactions) {
		this.runtime = runtime;
		this.instances = instances;
		this.transactions = transactions;
	}

	/**
	 * Starts the renewal in the caller's transaction, unless one is running.
	 * @return whether it started
	 * @throws RenewalAlreadyRunning (or an exception caused by it) when another
	 * transaction started the same renewal at the same moment: the caller's transaction
	 * must roll back
	 */
	public boolean start(RenewalStart start) {
		String renewalId = start.renewalId();
		if (this.instances.running(renewalId).isPresent()) {
			return false;
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
		return true;
	}

	/**
	 * Starts the renewal in a transaction of its own.
	 * @return whether it started; {@code false} when one was running, or another request
	 * started it at the same moment
	 */
	public boolean startNow(RenewalStart start) {
		try {
			return this.transactions.inTransaction((status) -> start(start));
		}
		catch (RuntimeException ex) {
			if (causedBy(ex, RenewalAlreadyRunning.class)) {
				return false;
			}
			throw ex;
		}
	}

	static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
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
