package eu.sanctions.events;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

import eu.sanctions.events.inbound.PositionSubmitted;
import eu.sanctions.events.inbound.PressureSignalReported;
import eu.sanctions.events.registry.MeasuresAmended;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.registry.RenewalDue;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.renewal.RenewalCompleted;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.RenewalStarted;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.renewal.ReviewCompleted;
import eu.sanctions.events.renewal.SignalRecorded;
import eu.sanctions.events.renewal.VetoRiskAssessed;

/**
 * The catalogue of event types: each CloudEvents {@code type} with its record, its
 * default topic and its JSON Schema. A type name is reverse-DNS and ends with its major
 * version; a change that removes or retypes a field needs a new major version, that is a
 * new entry here.
 */
public enum EventType {

	PACKAGE_REVISED("eu.sanctions.registry.package-revised.v1", PackageRevised.class, Topics.REGISTRY_PACKAGES),
	RENEWAL_DUE("eu.sanctions.registry.renewal-due.v1", RenewalDue.class, Topics.REGISTRY_EVENTS),
	MEASURES_EXTENDED("eu.sanctions.registry.measures-extended.v1", MeasuresExtended.class, Topics.REGISTRY_EVENTS),
	MEASURES_AMENDED("eu.sanctions.registry.measures-amended.v1", MeasuresAmended.class, Topics.REGISTRY_EVENTS),
	MEASURES_LAPSED("eu.sanctions.registry.measures-lapsed.v1", MeasuresLapsed.class, Topics.REGISTRY_EVENTS),
	REGISTRY_UPDATE_REJECTED("eu.sanctions.registry.registry-update-rejected.v1", RegistryUpdateRejected.class,
			Topics.REGISTRY_EVENTS),

	RENEWAL_STARTED("eu.sanctions.renewal.renewal-started.v1", RenewalStarted.class, Topics.RENEWAL_EVENTS),
	REVIEW_COMPLETED("eu.sanctions.renewal.review-completed.v1", ReviewCompleted.class, Topics.RENEWAL_EVENTS),
	POSITIONS_REQUESTED("eu.sanctions.renewal.positions-requested.v1", PositionsRequested.class, Topics.RENEWAL_EVENTS),
	POSITION_RECORDED("eu.sanctions.renewal.position-recorded.v1", PositionRecorded.class, Topics.RENEWAL_EVENTS),
	POSITION_REJECTED("eu.sanctions.renewal.position-rejected.v1", PositionRejected.class, Topics.RENEWAL_EVENTS),
	REMINDER_DUE("eu.sanctions.renewal.reminder-due.v1", ReminderDue.class, Topics.RENEWAL_EVENTS),
	VETO_RISK_ASSESSED("eu.sanctions.renewal.veto-risk-assessed.v1", VetoRiskAssessed.class, Topics.RENEWAL_EVENTS),
	NEGOTIATION_OPENED("eu.sanctions.renewal.negotiation-opened.v1", NegotiationOpened.class, Topics.RENEWAL_EVENTS),
	SIGNAL_RECORDED("eu.sanctions.renewal.signal-recorded.v1", SignalRecorded.class, Topics.RENEWAL_EVENTS),
	EXTENSION_ADOPTED("eu.sanctions.renewal.extension-adopted.v1", ExtensionAdopted.class, Topics.RENEWAL_EVENTS),
	RENEWAL_COMPLETED("eu.sanctions.renewal.renewal-completed.v1", RenewalCompleted.class, Topics.RENEWAL_EVENTS),
	RENEWAL_LAPSED("eu.sanctions.renewal.renewal-lapsed.v1", RenewalLapsed.class, Topics.RENEWAL_EVENTS),
	RENEWAL_WITHDRAWN("eu.sanctions.renewal.renewal-withdrawn.v1", RenewalWithdrawn.class, Topics.RENEWAL_EVENTS),

	POSITION_SUBMITTED("eu.sanctions.desk.position-submitted.v1", PositionSubmitted.class, Topics.POSITIONS),
	PRESSURE_SIGNAL_REPORTED("eu.sanctions.signals.pressure-signal-reported.v1", PressureSignalReported.class,
			Topics.SIGNALS);

	private static final String SCHEMA_ID_PREFIX = "urn:eu-sanctions:schema:";

	private final String type;

	private final Class<? extends SanctionsEvent> recordType;

	private final String topic;

	EventType(String type, Class<? extends SanctionsEvent> recordType, String topic) {
		this.type = type;
		this.recordType = recordType;
		this.topic = topic;
	}

	/**
	 * The CloudEvents {@code type}, e.g.
	 * {@code eu.sanctions.renewal.position-recorded.v1}.
	 */
	public String type() {
		return this.type;
	}

	public Class<? extends SanctionsEvent> recordType() {
		return this.recordType;
	}

	/** The default topic; services may rename it by configuration. */
	public String topic() {
		return this.topic;
	}

	/**
	 * The name without the {@code eu.sanctions.} prefix and version:
	 * {@code renewal.position-recorded}.
	 */
	String shortName() {
		return this.type.substring("eu.sanctions.".length(), this.type.lastIndexOf('.'));
	}

	/** The major version: {@code v1}. */
	public String version() {
		return this.type.substring(this.type.lastIndexOf('.') + 1);
	}

	/**
	 * The schema file, relative to the contract's root on the classpath and in the
	 * repository: {@code schemas/renewal/position-recorded.v1.json}.
	 */
	public String schemaPath() {
		String name = shortName();
		int dot = name.indexOf('.');
		return "schemas/" + name.substring(0, dot) + "/" + name.substring(dot + 1) + "." + version() + ".json";
	}

	/**
	 * The CloudEvents {@code dataschema}: a URN naming the type's JSON Schema,
	 * {@code urn:eu-sanctions:schema:renewal.position-recorded.v1} for
	 * {@link #schemaPath()} {@code schemas/renewal/position-recorded.v1.json} (the
	 * AsyncAPI document states the mapping).
	 */
	public URI dataSchema() {
		return URI.create(SCHEMA_ID_PREFIX + shortName() + "." + version());
	}

	public static Optional<EventType> ofType(String type) {
		return Arrays.stream(values()).filter((candidate) -> candidate.type.equals(type)).findFirst();
	}

	public static EventType of(SanctionsEvent event) {
		return ofRecordType(event.getClass());
	}

	public static EventType ofRecordType(Class<?> recordType) {
		return Arrays.stream(values())
			.filter((candidate) -> candidate.recordType.equals(recordType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(recordType.getName() + " is not an event of the contract"));
	}

}
