package eu.sanctions.demo;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.systemtests.client.Endpoints;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;
import eu.sanctions.systemtests.scenario.BelarusCompromise;

/**
 * Plays scenario 1 against a running stack, one narrated line per step, and ends with
 * where to look. Run again after a run that completed, it renews the expiry that run set
 * (staff start that renewal early); run again after a run that was interrupted, it picks
 * up the open renewal at its phase (see {@link BelarusCompromise} for why it does not
 * withdraw it and start afresh).
 * <p>
 * {@code Demo <users file> [--registry=URL] [--renewal=URL] [--notification=URL]
 * [--kafka=HOST:PORT]}: {@code ./sanctions demo} passes the users it generated and the
 * ports it started the stack on.
 */
public final class Demo {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private Demo() {
	}

	public static void main(String[] args) {
		int status = run(args, System.out, System.err);
		if (status != 0) {
			System.exit(status);
		}
	}

	/**
	 * Runs the demo as {@code main} does, printing to the streams given.
	 * @return the exit status: 0 when Belarus is extended, 1 when the demo stopped, 2 for
	 * wrong arguments
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.println("Usage: Demo <users file> [--registry=URL] [--renewal=URL] [--notification=URL] "
					+ "[--kafka=HOST:PORT]");
			return 2;
		}
		if (!Files.isReadable(arguments.usersFile())) {
			err.println("No users file at " + arguments.usersFile() + ": start the stack with ./sanctions up first.");
			return 2;
		}
		out.println("The Belarus renewal, extended after a compromise (a fictional scenario on real data):");
		try (SanctionsSystem system = new SanctionsSystem(arguments.endpoints(), Users.read(arguments.usersFile()))) {
			BelarusCompromise.Outcome outcome = new BelarusCompromise(system, (line) -> out.println("  " + line),
					() -> today(system))
				.play();
			Links links = Links.of(system, outcome.renewalId());
			out.println();
			out.println("Where to look (users and passwords in " + arguments.usersFile() + "):");
			links.asLines().forEach((name, link) -> out.printf("  %-62s %s%n", name, link));
			out.println(BelarusCompromise.PACKAGE + " is extended until " + outcome.newExpiry() + " without "
					+ outcome.delisted() + ": " + outcome.listingCount() + " listings in force.");
			return 0;
		}
		catch (RuntimeException ex) {
			err.println("The demo stopped: " + ex.getMessage());
			err.println("Run it again to pick up where it stopped; ./sanctions logs renewal shows the service's side.");
			return 1;
		}
	}

	/**
	 * The day it is for the services: their movable clock's where they have one (a test
	 * stack), else Brussels' today.
	 */
	private static LocalDate today(SanctionsSystem system) {
		return system.clocks()
			.read()
			.map((now) -> now.atZoneSameInstant(BRUSSELS).toLocalDate())
			.orElseGet(() -> LocalDate.now(BRUSSELS));
	}

	/**
	 * Where to see what a run did.
	 *
	 * @param tasklist where staff and desks work on the open tasks
	 * @param cockpit the renewal process's diagram, with its running instances (Cockpit
	 * CE shows no history of ended ones)
	 * @param history every step of this run, with its times: the engine's history of the
	 * instance
	 * @param renewal the renewal: proposal, positions, risk, timeline
	 * @param registry the package as it stands now
	 * @param inbox the opposing desk's notifications
	 */
	public record Links(URI tasklist, URI cockpit, URI history, URI renewal, URI registry, URI inbox) {

		static Links of(SanctionsSystem system, String renewalId) {
			Endpoints endpoints = system.endpoints();
			JsonNode instance = system.tasks()
				.processInstance("staff", renewalId)
				.orElseThrow(() -> new IllegalStateException("The engine keeps no history of " + renewalId));
			String renewalService = base(endpoints.renewal());
			return new Links(URI.create(renewalService + "/camunda/app/tasklist/default/"),
					URI.create(renewalService + "/camunda/app/cockpit/default/#/process-definition/"
							+ instance.path("processDefinitionId").asText() + "/runtime"),
					// The history is asked by instance id: the activity-instance query
					// has
					// no business-key filter, and ignores one it does not know.
					URI.create(renewalService + "/engine-rest/history/activity-instance?processInstanceId="
							+ instance.path("id").asText() + "&sortBy=startTime&sortOrder=asc"),
					URI.create(renewalService + "/api/renewals/" + renewalId),
					URI.create(base(endpoints.registry()) + "/api/packages/" + BelarusCompromise.PACKAGE),
					URI.create(base(endpoints.notification()) + "/api/notifications?recipient="
							+ Users.desk(BelarusCompromise.OPPOSING)));
		}

		Map<String, URI> asLines() {
			Map<String, URI> lines = new LinkedHashMap<>();
			lines.put("Tasklist, the open tasks (as staff or a desk)", this.tasklist);
			lines.put("Cockpit, the process diagram (as staff or admin)", this.cockpit);
			lines.put("The engine's history of this run, step by step (as staff)", this.history);
			lines.put("The renewal: positions, risk, timeline", this.renewal);
			lines.put("The registry entry (and /revisions)", this.registry);
			lines.put("A desk's inbox (as " + Users.desk(BelarusCompromise.OPPOSING) + ")", this.inbox);
			return lines;
		}

		private static String base(URI uri) {
			return uri.toString().replaceAll("/$", "");
		}

	}

	/**
	 * What the demo is run with.
	 *
	 * @param usersFile the users and passwords the stack was started with
	 * @param endpoints where the stack answers
	 */
	record Arguments(Path usersFile, Endpoints endpoints) {

		static Arguments parse(String[] args) {
			Endpoints local = Endpoints.local();
			Path usersFile = Path.of(".sanctions/users.properties");
			URI registry = local.registry();
			URI renewal = local.renewal();
			URI notification = local.notification();
			String kafka = local.kafka();
			boolean usersGiven = false;
			for (String arg : args) {
				if (arg.startsWith("--registry=")) {
					registry = URI.create(value(arg));
				}
				else if (arg.startsWith("--renewal=")) {
					renewal = URI.create(value(arg));
				}
				else if (arg.startsWith("--notification=")) {
					notification = URI.create(value(arg));
				}
				else if (arg.startsWith("--kafka=")) {
					kafka = value(arg);
				}
				else if (arg.startsWith("--") || usersGiven) {
					throw new IllegalArgumentException("Unknown argument: " + arg);
				}
				else {
					usersFile = Path.of(arg);
					usersGiven = true;
				}
			}
			return new Arguments(usersFile, new Endpoints(registry, renewal, notification, kafka));
		}

		private static String value(String arg) {
			String value = arg.substring(arg.indexOf('=') + 1);
			if (value.isBlank()) {
				throw new IllegalArgumentException("No value in " + arg);
			}
			return value;
		}

	}

}
