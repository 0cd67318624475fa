package eu.sanctions.events;

/** The kind of an EU legal act. */
public enum LegalActKind {

	/**
	 * A Council Decision under Art. 29 TEU: the political act that carries the sunset
	 * clause.
	 */
	DECISION,
	/**
	 * A Council Regulation under Art. 215 TFEU: the act that makes asset freezes and
	 * economic measures binding.
	 */
	REGULATION,
	/** Any other act (implementing regulations, UN resolutions, ...). */
	OTHER

}
