package eu.sanctions.processes.process;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.sanctions.processes.renewal.Populations;
import eu.sanctions.processes.renewal.Unanimity;

/**
 * Every delegate and listener the renewal's BPMN names, built from the ports they need,
 * by the bean name the BPMN uses ({@code camunda:delegateExpression="${name}"}). A host
 * registers {@link #beans()} as beans, as they are; a test puts them into the engine's
 * beans.
 */
public final class RenewalProcessComponents {

	private final Map<String, Object> beans = new LinkedHashMap<>();

	/**
	 * @param events where the events go
	 * @param clock the time the rules read; it must agree with the engine's clock, see
	 * {@link EngineClock}
	 * @param populations the member states' populations, as the Council last published
	 * them
	 */
	public RenewalProcessComponents(RenewalEvents events, Clock clock, Populations populations) {
		Unanimity unanimity = new Unanimity(populations);
		this.beans.put("renewalOpening", new RenewalOpening(events));
		this.beans.put("reviewCompletion", new ReviewCompletion(clock));
		this.beans.put("reviewPublication", new ReviewPublication(events));
		this.beans.put("positionRequest", new PositionRequest(events, clock));
		this.beans.put("positionRounds", new PositionRounds());
		this.beans.put("positionCompletion", new PositionCompletion(clock));
		this.beans.put("positionRecording", new PositionRecording(events, clock));
		this.beans.put("silentStatesReminder", new SilentStatesReminder(events));
		this.beans.put("roundClosing", new RoundClosing());
		this.beans.put("vetoRiskInputs", new VetoRiskInputsPreparation(unanimity));
		this.beans.put("vetoRiskChange", new VetoRiskChange(events, unanimity));
		this.beans.put("negotiationOpening", new NegotiationOpening(events, unanimity));
		this.beans.put("negotiationCompletion", new NegotiationCompletion(clock));
		this.beans.put("lapsePublication", new LapsePublication(events, unanimity));
		this.beans.put("adoptionOffer", new AdoptionOffer());
		this.beans.put("adoptionCompletion", new AdoptionCompletion(clock));
		this.beans.put("adoptionAtExpiryCompletion", new AdoptionAtExpiryCompletion(clock));
		this.beans.put("extensionAdoption", new ExtensionAdoption(events));
		this.beans.put("renewalCompletion", new RenewalCompletion(events));
		this.beans.put("registryRefusalCompletion", new RegistryRefusalCompletion(clock));
		this.beans.put("registryOverdueCompletion", new RegistryOverdueCompletion());
		this.beans.put("withdrawalPublication", new WithdrawalPublication(events));
		this.beans.put("signalRecording", new SignalRecording(events));
	}

	/**
	 * The components for the engine's clock and the bundled populations (Eurostat, 1
	 * January 2025).
	 */
	public static RenewalProcessComponents of(RenewalEvents events) {
		return new RenewalProcessComponents(events, new EngineClock(), Populations.eurostat2025());
	}

	/** The delegates and listeners by bean name. */
	public Map<String, Object> beans() {
		return Map.copyOf(this.beans);
	}

}
