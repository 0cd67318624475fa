package eu.sanctions.renewal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.Position;
import eu.sanctions.events.SubmissionChannel;
import eu.sanctions.events.access.Caller;
import eu.sanctions.events.renewal.PositionRejected;
import eu.sanctions.renewal.process.CorrelatingMessages;
import eu.sanctions.renewal.process.Door;
import eu.sanctions.renewal.process.EngineTransactions;
import eu.sanctions.renewal.process.Outcome;
import eu.sanctions.renewal.process.StartingRenewals;
import eu.sanctions.renewal.process.Submission;
import eu.sanctions.renewal.process.SubmittingPositions;
import eu.sanctions.renewal.renewal.FieldProblem;
import eu.sanctions.renewal.renewal.PackageView;
import eu.sanctions.renewal.renewal.PackageViews;
import eu.sanctions.renewal.renewal.PositionSubmission;
import eu.sanctions.renewal.renewal.RenewalDetail;
import eu.sanctions.renewal.renewal.RenewalStatus;
import eu.sanctions.renewal.renewal.RenewalSummary;
import eu.sanctions.renewal.renewal.RenewalViews;

@RestController
@RequestMapping("/api/renewals")
@Tag(name = "Renewals", description = "One renewal per package and expiry, id {packageKey}:{expiry}")
@ApiResponse(responseCode = "401", description = "No credentials",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "The caller's role, or a desk's state, does not fit",
		content = @Content(mediaType = "application/problem+json",
				schema = @Schema(implementation = ProblemDetail.class)))
class RenewalsController {

	private final RenewalViews renewals;

	private final PackageViews packages;

	private final StartingRenewals starting;

	private final SubmittingPositions positions;

	private final CorrelatingMessages messages;

	private final EngineTransactions transactions;

	RenewalsController(RenewalViews renewals, PackageViews packages, StartingRenewals starting,
			SubmittingPositions positions, CorrelatingMessages messages, EngineTransactions transactions) {
		this.renewals = renewals;
		this.packages = packages;
		this.starting = starting;
		this.positions = positions;
		this.messages = messages;
		this.transactions = transactions;
	}

	@PostMapping
	@Operation(summary = "Start the renewal of a package (staff)",
			description = "Starts the renewal of the package's current expiry, or of the expiry given; the package "
					+ "is known from the registry's package topic.")
	@ApiResponse(responseCode = "201", description = "Started; Location names the renewal")
	@ApiResponse(responseCode = "400", description = "Invalid body",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Unknown package",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "A renewal of that package and expiry is running (reason RENEWAL_RUNNING) or has ended "
					+ "(RENEWAL_ENDED: an expiry is renewed once), or the package is not in force or has no expiry "
					+ "(PACKAGE_NOT_ACTIVE, NO_EXPIRY)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<RenewalDetail> start(@Valid @RequestBody Requests.StartRenewal body, Authentication caller) {
		PackageView pkg = this.packages.find(body.packageKey())
			.orElseThrow(() -> new RequestRefused(HttpStatus.NOT_FOUND, "Unknown package",
					"No package " + body.packageKey() + " is known to the registry.", null, List.of()));
		if (pkg.status() != PackageStatus.ACTIVE) {
			throw RequestRefused.conflict("PACKAGE_NOT_ACTIVE",
					"The measures of " + pkg.packageKey() + " are not in force (" + pkg.status() + ").");
		}
		LocalDate expiry = (body.expiry() != null) ? body.expiry() : pkg.expiry();
		if (expiry == null) {
			throw RequestRefused.conflict("NO_EXPIRY",
					pkg.packageKey() + " has no sunset clause: there is no expiry to renew.");
		}
		StartingRenewals.RenewalStart start = new StartingRenewals.RenewalStart(pkg.packageKey(), expiry,
				pkg.renewalCycleMonths(), null, caller.getName(), null);
		if (!this.starting.startNow(start)) {
			throw RequestRefused.conflict("RENEWAL_RUNNING", "A renewal " + start.renewalId() + " is running.");
		}
		return ResponseEntity.created(URI.create("/api/renewals/" + start.renewalId()))
			.body(this.renewals.detail(start.renewalId()).orElseThrow());
	}

	@GetMapping
	@Operation(summary = "List renewals, newest first")
	List<RenewalSummary> list(@Parameter(description = "OPEN, EXTENDED, LAPSED or WITHDRAWN") @RequestParam(
			required = false) RenewalStatus status, @RequestParam(required = false) String packageKey) {
		return this.renewals.list(status, packageKey);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A renewal: proposal, deadlines, positions and their history, veto risk, timeline")
	@ApiResponse(responseCode = "404", description = "Unknown renewal",
			content = @Content(mediaType = "application/problem+json"))
	RenewalDetail detail(@Parameter(example = "EU-BLR:2027-02-28") @PathVariable String id) {
		return this.renewals.detail(id).orElseThrow(() -> RequestRefused.unknownRenewal(id));
	}

	@PostMapping("/{id}/positions")
	@Operation(summary = "Submit or revise the position of the caller's own state (desk)",
			description = "Recorded at once when the state's task is open (200). While staff review the package or "
					+ "negotiate, the position is kept and applied when positions are requested (202).")
	@ApiResponse(responseCode = "200", description = "Recorded")
	@ApiResponse(responseCode = "202", description = "Kept until positions are requested from the state")
	@ApiResponse(responseCode = "400", description = "Invalid position: unknown state, missing conditions, ...",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "404", description = "Unknown renewal",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "The renewal takes no position from the state (reason RENEWAL_CLOSED) or the deadline "
					+ "passed (AFTER_DEADLINE)",
			content = @Content(mediaType = "application/problem+json"))
	ResponseEntity<PositionAnswer> submit(@PathVariable String id, @Valid @RequestBody Requests.SubmitPosition body,
			Authentication authentication) {
		PositionSubmission submission = new PositionSubmission(body.state(), body.position(), body.conditions(),
				body.justification());
		List<FieldProblem> problems = submission.problems();
		if (!problems.isEmpty()) {
			throw RequestRefused.invalid(problems);
		}
		MemberState state = submission.memberState().orElseThrow();
		Position position = submission.chosen().orElseThrow();
		Caller caller = Caller.fromAuthorities(authentication.getName(),
				authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
		if (!caller.speaksFor(state)) {
			throw new RequestRefused(HttpStatus.FORBIDDEN, "Forbidden", "Your desk speaks for "
					+ caller.desk().map(MemberState::euCode).orElse("no state") + ", not " + state.euCode() + ".",
					PositionRejected.Reason.STATE_NOT_AUTHORIZED.name(), List.of());
		}
		RenewalSummary renewal = this.renewals.summary(id).orElseThrow(() -> RequestRefused.unknownRenewal(id));
		Outcome outcome = this.positions
			.submit(new Submission(renewal.id(), renewal.packageKey(), state, position, blankToNull(body.conditions()),
					blankToNull(body.justification()), SubmissionChannel.REST, caller.name(), null), Door.REST);
		if (outcome instanceof Outcome.Recorded recorded) {
			return ResponseEntity.ok(new PositionAnswer("RECORDED", renewal.id(), state.euCode(), position.name(),
					recorded.round(), null));
		}
		if (outcome instanceof Outcome.Kept kept) {
			return ResponseEntity.accepted()
				.body(new PositionAnswer("PENDING", renewal.id(), state.euCode(), position.name(), null, kept.why()));
		}
		if (!(outcome instanceof Outcome.Refused refused)) {
			throw new IllegalStateException("The REST door has no redeliveries, yet got " + outcome);
		}
		throw switch (refused.reason()) {
			case UNKNOWN_RENEWAL -> RequestRefused.unknownRenewal(id);
			case SCHEMA_INVALID -> RequestRefused
				.invalid(refused.problems().stream().map((problem) -> new FieldProblem("position", problem)).toList());
			default -> RequestRefused.conflict(refused.reason().name(), refused.detail());
		};
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Withdraw a renewal (staff)",
			description = "Ends the renewal without changing the registry, e.g. because the package is replaced.")
	@ApiResponse(responseCode = "200", description = "Withdrawn")
	@ApiResponse(responseCode = "404", description = "Unknown renewal",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409",
			description = "The renewal has ended (reason RENEWAL_CLOSED) or its adoption is recorded "
					+ "(ADOPTION_RECORDED)",
			content = @Content(mediaType = "application/problem+json"))
	RenewalDetail withdraw(@PathVariable String id, @Valid @RequestBody Requests.Withdraw body, Authentication caller) {
		if (!this.renewals.exists(id)) {
			throw RequestRefused.unknownRenewal(id);
		}
		CorrelatingMessages.Withdrawal withdrawal = this.transactions
			.inTransaction((status) -> this.messages.withdraw(id, body.reason().trim(), caller.getName()));
		return switch (withdrawal) {
			case WITHDRAWN -> this.renewals.detail(id).orElseThrow();
			case UNKNOWN -> throw RequestRefused.unknownRenewal(id);
			case ENDED -> throw RequestRefused.conflict("RENEWAL_CLOSED", "The renewal " + id + " has ended.");
			case ADOPTION_RECORDED -> throw RequestRefused.conflict("ADOPTION_RECORDED",
					"The Council's adoption of " + id + " is recorded: the renewal can no longer be withdrawn.");
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
