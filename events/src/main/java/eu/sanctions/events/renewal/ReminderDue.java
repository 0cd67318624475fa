package eu.sanctions.events.renewal;

import java.time.LocalDate;
import java.util.List;

import eu.sanctions.events.Lists;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.RenewalScoped;

/**
 * Three days before the deadline, these states have not answered yet.
 *
 * @param renewalId the renewal
 * @param packageKey the package
 * @param round the round
 * @param deadline the position deadline
 * @param silentStates the states that have not answered
 */
public record ReminderDue(String renewalId, String packageKey, int round, LocalDate deadline,
		List<MemberState> silentStates) implements RenewalScoped {

	public ReminderDue {
		silentStates = Lists.copyOf(silentStates);
	}

}
