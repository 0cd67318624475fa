package eu.sanctions.notification.rules;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.SanctionsEvent;
import eu.sanctions.events.registry.MeasuresExtended;
import eu.sanctions.events.registry.MeasuresLapsed;
import eu.sanctions.events.registry.RegistryUpdateRejected;
import eu.sanctions.events.renewal.ExtensionAdopted;
import eu.sanctions.events.renewal.NegotiationOpened;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.renewal.ReminderDue;
import eu.sanctions.events.renewal.RenewalLapsed;
import eu.sanctions.events.renewal.RenewalWithdrawn;
import eu.sanctions.events.renewal.VetoRiskAssessed;

/**
 * The words of each notification. Dates are ISO dates in Europe/Brussels, as in the
 * events, so that nobody reads 02/03 two ways.
 */
public final class Notices {

	private final String tasklistUrl;

	/**
	 * @param tasklistUrl the Tasklist that desks answer in, e.g.
	 * {@code http://127.0.0.1:8080/camunda/app/tasklist/default/}
	 */
	public Notices(String tasklistUrl) {
		this.tasklistUrl = tasklistUrl.endsWith("/") ? tasklistUrl : tasklistUrl + "/";
	}

	public Notice of(EventType type, SanctionsEvent event) {
		if (event instanceof PositionsRequested requested) {
			return new Notice(requested.packageKey() + ": your position is requested by " + requested.deadline(),
					"Round " + requested.round() + " of the renewal " + requested.renewalId()
							+ " asks your state for its position on extending the measures to "
							+ requested.proposedNewExpiry() + amendments(requested.amendments().size())
							+ ". Positions are accepted until " + requested.deadline() + ".",
					tasksOf(requested.renewalId()));
		}
		if (event instanceof ReminderDue reminder) {
			return new Notice(reminder.packageKey() + ": your position is due by " + reminder.deadline(),
					"Your state has not yet given its position in round " + reminder.round() + " of the renewal "
							+ reminder.renewalId() + ". Positions are accepted until " + reminder.deadline() + ".",
					tasksOf(reminder.renewalId()));
		}
		if (event instanceof VetoRiskAssessed risk) {
			return new Notice(
					risk.packageKey() + ": veto risk " + risk.level()
							+ ((risk.previousLevel() != null) ? " (was " + risk.previousLevel() + ")" : ""),
					"Round " + risk.round() + " of the renewal " + risk.renewalId() + ". Blocking: "
							+ states(risk.blockingStates()) + ". Wavering: " + states(risk.waveringStates()) + ". "
							+ String.join("; ", risk.reasons()) + ".",
					null);
		}
		if (event instanceof NegotiationOpened negotiation) {
			return new Notice(negotiation.packageKey() + ": negotiation opened, veto risk " + negotiation.level(),
					"Round " + negotiation.round() + " of the renewal " + negotiation.renewalId()
							+ " needs a compromise. Blocking: " + states(negotiation.blockingStates()) + ". Wavering: "
							+ states(negotiation.waveringStates()) + ". Conditions: " + conditions(negotiation) + ".",
					null);
		}
		if (event instanceof RegistryUpdateRejected refusal) {
			return new Notice(refusal.packageKey() + ": the registry refused an update (" + refusal.reason() + ")",
					refusal.detail() + " Refused event: " + refusal.rejectedEventType() + " "
							+ refusal.rejectedEventId() + ".",
					null);
		}
		if (event instanceof ExtensionAdopted adopted) {
			return new Notice(adopted.packageKey() + ": extension adopted until " + adopted.newExpiry(),
					"The Council adopted " + adopted.actReference() + " on " + adopted.adoptionDate()
							+ ": the measures are " + outcome(adopted.outcome().name()) + " from "
							+ adopted.previousExpiry() + " to " + adopted.newExpiry()
							+ amendments(adopted.amendments().size()) + ".",
					null);
		}
		if (event instanceof MeasuresExtended extended) {
			return new Notice(extended.packageKey() + ": measures in force until " + extended.newExpiry(),
					"The registry applied " + extended.actReference() + ": " + extended.listingCountAfter()
							+ " listings in force (" + extended.listingCountBefore() + " before). Removed: "
							+ references(extended.listingsRemoved()) + ". Added: "
							+ references(extended.listingsAdded()) + ".",
					null);
		}
		if (event instanceof RenewalLapsed lapsed) {
			return new Notice(lapsed.packageKey() + ": the measures lapse on " + lapsed.lapsesOn(),
					"The renewal " + lapsed.renewalId() + " ended without an extension (" + lapsed.reason()
							+ "). The measures apply until " + lapsed.expiry() + ". Blocking: "
							+ states(lapsed.blockingStates()) + "."
							+ ((lapsed.justification() != null) ? " " + lapsed.justification() : ""),
					null);
		}
		if (event instanceof MeasuresLapsed lapsed) {
			return new Notice(lapsed.packageKey() + ": measures no longer in force since " + lapsed.lapsedOn(),
					"The registry shows the package LAPSED: its " + lapsed.listingCount()
							+ " listings stopped applying after " + lapsed.expiry() + ", when the renewal "
							+ lapsed.renewalId() + " ended without an extension.",
					null);
		}
		if (event instanceof RenewalWithdrawn withdrawn) {
			return new Notice(withdrawn.packageKey() + ": renewal withdrawn", "Staff withdrew the renewal "
					+ withdrawn.renewalId() + ": " + withdrawn.reason() + " The measures in force are unchanged.",
					null);
		}
		return new Notice(event.packageKey() + ": " + type.type(), "About " + event.subject() + ".", null);
	}

	/**
	 * The desk's task list filtered to the renewal: the event carries no task id, and a
	 * desk's tasks of one renewal are those of its process instance, whose business key
	 * is the renewal id.
	 */
	String tasksOf(String renewalId) {
		String query = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + renewalId
				+ "\",\"name\":\"\"}]";
		return this.tasklistUrl + "#/?searchQuery=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
	}

	private static String states(List<MemberState> states) {
		return states.isEmpty() ? "none" : states.stream().map(MemberState::euCode).collect(Collectors.joining(", "));
	}

	private static String conditions(NegotiationOpened negotiation) {
		return negotiation.conditions().isEmpty() ? "none"
				: negotiation.conditions()
					.stream()
					.map((asked) -> asked.state().euCode() + ": " + asked.conditions())
					.collect(Collectors.joining("; "));
	}

	private static String references(List<String> references) {
		return references.isEmpty() ? "none" : String.join(", ", references);
	}

	private static String amendments(int count) {
		return switch (count) {
			case 0 -> "";
			case 1 -> ", with 1 listing amendment";
			default -> ", with " + count + " listing amendments";
		};
	}

	private static String outcome(String outcome) {
		return "EXTENDED".equals(outcome) ? "extended as they stand" : "extended with amendments";
	}

}
