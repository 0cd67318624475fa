package eu.sanctions.events;

/**
 * An event about one renewal. A renewal is identified by its package and the expiry it
 * renews, {@code EU-BLR:2027-02-28}, which is also the business key of its process
 * instance.
 */
public interface RenewalScoped extends SanctionsEvent {

	String renewalId();

	@Override
	default String subject() {
		return renewalId();
	}

}
