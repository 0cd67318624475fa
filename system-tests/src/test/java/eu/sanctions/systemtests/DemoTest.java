package eu.sanctions.systemtests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.sanctions.demo.Demo;
import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.renewal.PositionRecorded;
import eu.sanctions.systemtests.client.Endpoints;
import eu.sanctions.systemtests.client.Http;
import eu.sanctions.systemtests.client.SanctionsSystem;
import eu.sanctions.systemtests.client.Users;
import eu.sanctions.systemtests.scenario.BelarusCompromise;
import eu.sanctions.systemtests.scenario.Narrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo ({@code ./sanctions demo}) run twice in a row against the stack: the first run
 * stops half-way through the first round, the second, the demo as it ships, told this
 * stack's ports, picks the renewal up where it stands, extends Belarus, and prints links
 * that show the run. Last: it renews Belarus again, after scenario 1.
 */
@WithStack
@Order(5)
class DemoTest {

	/** Who did what, then the risk and the deadline as they stand after it. */
	private static final Pattern NARRATED = Pattern.compile("\\[[^\\]]+\\] +\\S.* \\| risk "
			+ "(not assessed yet|NONE|LOW|MEDIUM|HIGH|BLOCKED) \\| deadline (not set yet|\\d{4}-\\d{2}-\\d{2})");

	private static final Logger log = LoggerFactory.getLogger(DemoTest.class);

	private static final Pattern LINK = Pattern.compile("^  (\\S.*\\S) +(http://\\S+)$");

	@Test
	void picksUpAnInterruptedRunAndExtendsBelarus(Stack stack) {
		SanctionsSystem system = stack.system();
		List<String> interruptedRun = new ArrayList<>();
		Narrator stopsAfterTheRestDesks = (line) -> {
			interruptedRun.add(line);
			if (line.contains("desks via REST")) {
				throw new RunInterrupted();
			}
		};
		assertThatThrownBy(() -> new BelarusCompromise(system, stopsAfterTheRestDesks, stack::today).play())
			.isInstanceOf(RunInterrupted.class);
		JsonNode left = system.renewals().open("staff", BelarusCompromise.PACKAGE).orElseThrow();
		String renewal = left.path("id").asText();
		assertThat(left.path("phase").asText()).isEqualTo("POSITIONS");

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Endpoints endpoints = system.endpoints();
		int status = Demo.run(
				new String[] { stack.usersFile().toString(), "--registry=" + endpoints.registry(),
						"--renewal=" + endpoints.renewal(), "--notification=" + endpoints.notification(),
						"--kafka=" + endpoints.kafka() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		log.info("The first run said:\n  {}\nThe demo's second run printed:\n{}", String.join("\n  ", interruptedRun),
				printed);
		assertThat(status).as("the demo's errors: %s%nits output: %s", err, printed).isZero();

		List<String> lines = printed.lines().toList();
		List<String> narrated = lines.stream().filter((line) -> line.startsWith("  [")).map(String::strip).toList();
		assertThat(narrated.get(0)).startsWith("[demo")
			.contains("picks up renewal " + renewal + " where an earlier run left it: POSITIONS, round 1");
		assertThat(interruptedRun).as("the first run, then the second").isNotEmpty();
		List<String> everyLine = new ArrayList<>(interruptedRun);
		everyLine.addAll(narrated);
		assertThat(everyLine).allSatisfy((line) -> assertThat(line).matches(NARRATED));

		LocalDate expiry = LocalDate.parse(left.path("expiry").asText());
		JsonNode belarus = system.registry().get("staff", BelarusCompromise.PACKAGE);
		assertThat(belarus.path("expiry").asText()).isEqualTo(expiry.plusMonths(12).toString());
		assertThat(lines)
			.contains(BelarusCompromise.PACKAGE + " is extended until " + expiry.plusMonths(12) + " without "
					+ delisted(system, renewal) + ": " + belarus.path("listingCount").asInt() + " listings in force.");

		List<PositionRecorded> roundOne = Scenarios.settledRenewalStream(stack, renewal, BelarusCompromise.PACKAGE)
			.stream()
			.filter((event) -> event.type() == EventType.POSITION_RECORDED && event.subject().equals(renewal))
			.map((event) -> event.data(PositionRecorded.class))
			.filter((position) -> position.round() == 1)
			.toList();
		assertThat(roundOne).extracting(PositionRecorded::state)
			.as("the second run gave only the positions the first had not")
			.containsExactlyInAnyOrder(MemberState.values());

		assertTheLinksShowTheRun(stack, links(lines), renewal, expiry.plusMonths(12));
	}

	private void assertTheLinksShowTheRun(Stack stack, Map<String, URI> links, String renewal, LocalDate newExpiry) {
		Http http = new Http(stack.users());
		assertThat(links).hasSize(6);
		for (URI page : List.of(find(links, "Tasklist"), find(links, "Cockpit"))) {
			URI withoutFragment = URI.create(page.toString().replaceAll("#.*", ""));
			assertThat(http.get(null, withoutFragment).status()).as("%s", page).isEqualTo(200);
		}
		String definition = find(links, "Cockpit").getFragment().replaceAll("^/process-definition/([^/]+)/.*", "$1");
		assertThat(http
			.get("staff",
					URI.create(stack.system().endpoints().renewal() + "/engine-rest/process-definition/" + definition))
			.expect(200)
			.json()
			.path("key")
			.asText()).isEqualTo("sanctions-renewal");

		JsonNode history = http.get("staff", find(links, "history")).expect(200).json();
		List<String> activities = new ArrayList<>();
		history.forEach((activity) -> activities.add(activity.path("activityId").asText()));
		assertThat(history).extracting((activity) -> activity.path("processInstanceId").asText())
			.as("the history of this run only")
			.containsOnly(stack.system().tasks().processInstance("staff", renewal).orElseThrow().path("id").asText());
		assertThat(activities).containsSubsequence("review", "givePosition", "negotiate", "givePosition",
				"recordAdoption", "renewalCompleted");

		assertThat(http.get("staff", find(links, "renewal")).expect(200).json().path("status").asText())
			.isEqualTo("EXTENDED");
		assertThat(http.get("staff", find(links, "registry")).expect(200).json().path("expiry").asText())
			.isEqualTo(newExpiry.toString());
		String opposingDesk = Users.desk(BelarusCompromise.OPPOSING);
		assertThat(http.get(opposingDesk, find(links, "inbox")).expect(200).json().path("notifications"))
			.extracting((notification) -> notification.path("subject").asText())
			.contains(renewal);
	}

	private static List<String> delisted(SanctionsSystem system, String renewal) {
		List<String> delisted = new ArrayList<>();
		system.renewals()
			.get("staff", renewal)
			.path("proposal")
			.path("amendments")
			.forEach((amendment) -> delisted.add(amendment.path("euReferenceNumber").asText()));
		return delisted;
	}

	private static Map<String, URI> links(List<String> lines) {
		Map<String, URI> links = new LinkedHashMap<>();
		for (String line : lines.subList(lines.indexOf("") + 1, lines.size())) {
			Matcher link = LINK.matcher(line);
			if (link.matches()) {
				links.put(link.group(1), URI.create(link.group(2)));
			}
		}
		return links;
	}

	private static URI find(Map<String, URI> links, String word) {
		return links.entrySet()
			.stream()
			.filter((link) -> link.getKey().contains(word))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No link for " + word + " in " + links.keySet()));
	}

	/** What a Ctrl-C half-way through would leave: the play stops mid-round. */
	private static final class RunInterrupted extends RuntimeException {

		RunInterrupted() {
			super("interrupted by the test");
		}

	}

}
