package eu.sanctions.renewal.renewal;

/**
 * The renewal of that package and expiry has been started before: it is running, or it
 * has ended. An expiry is renewed once.
 */
public class RenewalAlreadyStarted extends RuntimeException {

	public RenewalAlreadyStarted(String renewalId, String status) {
		super("The renewal " + renewalId + " has been started already (" + status + "): an expiry is renewed once");
	}

}
