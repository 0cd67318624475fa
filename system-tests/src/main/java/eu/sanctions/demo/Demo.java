package eu.sanctions.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import eu.sanctions.systemtests.client.Endpoints;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;
import eu.sanctions.systemtests.scenario.BelarusCompromise;

/**
 * Plays scenario 1 against the running stack. Run again, it renews the expiry that the
 * last run set: each run is a fresh renewal.
 */
public final class Demo {

	private Demo() {
	}

	public static void main(String[] args) {
		Path usersFile = Path.of((args.length > 0) ? args[0] : ".sanctions/users.properties");
		if (!Files.isReadable(usersFile)) {
			System.err.println("No users file at " + usersFile + ": start the stack with ./sanctions up first.");
			System.exit(2);
		}
		Endpoints endpoints = Endpoints.local();
		System.out.println("The Belarus renewal, extended after a compromise (a fictional scenario on real data):");
		try (SanctionsSystem system = new SanctionsSystem(endpoints, Users.read(usersFile))) {
			BelarusCompromise.Outcome outcome = new BelarusCompromise(system, (line) -> System.out.println("  " + line),
					() -> LocalDate.now(ZoneId.of("Europe/Brussels")))
				.play();
			System.out.println();
			System.out.println("Where to look (users and passwords in " + usersFile + "):");
			System.out.println("  Tasklist (as staff or a desk)  " + endpoints.renewal() + "/camunda/app/tasklist/");
			System.out.println("  Cockpit, the process and its history (as admin)  " + endpoints.renewal()
					+ "/camunda/app/cockpit/");
			System.out.println("  The renewal  " + endpoints.renewal() + "/api/renewals/" + outcome.renewalId());
			System.out.println("  The registry entry  " + endpoints.registry() + "/api/packages/"
					+ BelarusCompromise.PACKAGE + "  (and /revisions)");
			System.out.println("  A desk's inbox  " + endpoints.notification() + "/api/notifications?recipient=desk-"
					+ BelarusCompromise.OPPOSING.euCode());
			System.out.println("EU-BLR is extended until " + outcome.newExpiry() + " without " + outcome.delisted()
					+ ": " + outcome.listingCount() + " listings in force.");
		}
		catch (RuntimeException ex) {
			System.err.println("The demo stopped: " + ex.getMessage());
			System.exit(1);
		}
	}

}
