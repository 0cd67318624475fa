package eu.sanctions.renewal.renewal;

/** A renewal of that package and expiry is running: one at a time. */
public class RenewalAlreadyRunning extends RuntimeException {

	public RenewalAlreadyRunning(String renewalId) {
		super("A renewal " + renewalId + " is running already");
	}

}
