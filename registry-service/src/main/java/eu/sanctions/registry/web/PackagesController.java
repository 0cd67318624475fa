package eu.sanctions.registry.web;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sanctions.events.PackageStatus;
import eu.sanctions.registry.register.BrusselsTime;
import eu.sanctions.registry.register.Revision;
import eu.sanctions.registry.revisions.EditingPackages;
import eu.sanctions.registry.revisions.PackageOnADay;
import eu.sanctions.registry.revisions.Packages;
import eu.sanctions.registry.revisions.RevisionEntry;
import eu.sanctions.registry.revisions.UnknownPackage;
import eu.sanctions.registry.web.Requests.ListingAddition;
import eu.sanctions.registry.web.Requests.MeasuresUpdate;
import eu.sanctions.registry.web.Requests.NewPackage;
import eu.sanctions.registry.web.Views.PackageListItem;
import eu.sanctions.registry.web.Views.PackageView;

@RestController
@RequestMapping("/api/packages")
@Tag(name = "Packages", description = "The sanctions packages, their measures, listings and history")
class PackagesController {

	private final Packages packages;

	private final EditingPackages editing;

	private final Clock clock;

	PackagesController(Packages packages, EditingPackages editing, Clock clock) {
		this.packages = packages;
		this.editing = editing;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "List packages",
			description = "By key, each as it stands today (the revision in force); optionally only those of a "
					+ "status, expiring before a date, or whose expiry has passed while still active (stale data).")
	List<PackageListItem> list(@RequestParam(required = false) PackageStatus status,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiringBefore,
			@RequestParam(required = false) Boolean expiredUnrenewed) {
		LocalDate today = BrusselsTime.today(this.clock);
		return this.packages.listOn(today, status, expiringBefore)
			.stream()
			.map((summary) -> PackageListItem.of(summary, today))
			.filter((item) -> expiredUnrenewed == null || item.expiredUnrenewed() == expiredUnrenewed)
			.toList();
	}

	@GetMapping("/{key}")
	@Operation(summary = "One package",
			description = "As it stands today: the revision in force, with the revisions recorded to take effect "
					+ "later (a lapse recorded before the expiry) as upcoming, and an ETag for If-Match; or with asOf "
					+ "as it was in force on that date: the last revision effective on or before it.")
	ResponseEntity<PackageView> one(@PathVariable String key,
			@Parameter(description = "a date, e.g. 2025-06-01") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
		if (asOf != null) {
			Optional<Revision> inForce = this.packages.inForceOn(key, asOf);
			if (inForce.isEmpty()) {
				throw this.packages.find(key).isPresent() ? new NotInForce(key, asOf) : new UnknownPackage(key);
			}
			return ResponseEntity.ok(PackageView.of(inForce.get(), asOf));
		}
		PackageOnADay today = this.packages.on(key, BrusselsTime.today(this.clock))
			.orElseThrow(() -> new UnknownPackage(key));
		return ResponseEntity.ok()
			.eTag(IfMatch.etagOf(today.latestRevision(), today.inForce().number()))
			.body(PackageView.of(today));
	}

	@GetMapping("/{key}/revisions")
	@Operation(summary = "The history of a package", description = "Every revision, oldest first: what changed "
			+ "(before and after), when it took effect, when it was recorded and what caused it.")
	List<RevisionEntry> revisions(@PathVariable String key) {
		List<RevisionEntry> history = this.packages.history(key);
		if (history.isEmpty()) {
			throw new UnknownPackage(key);
		}
		return history;
	}

	@PostMapping
	@Operation(summary = "Create a package (staff)")
	ResponseEntity<PackageView> create(@Valid @RequestBody NewPackage request, Principal user) {
		Revision revision = this.editing.create(request.toState(), user.getName());
		return ResponseEntity.created(URI.create("/api/packages/" + revision.packageKey()))
			.eTag(IfMatch.etagOf(revision.number()))
			.body(PackageView.of(revision, null));
	}

	@PutMapping("/{key}/measures")
	@Operation(summary = "Replace the measures of a package (staff)",
			description = "Needs If-Match with the package's ETag; 409 if it changed since.")
	ResponseEntity<PackageView> replaceMeasures(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody MeasuresUpdate request, Principal user) {
		Revision revision = this.editing.replaceMeasures(key, expectedRevision(key, ifMatch), request.toMeasures(),
				request.reason(), user.getName());
		return written(revision, HttpStatus.OK);
	}

	@PostMapping("/{key}/listings")
	@Operation(summary = "List a person or entity under a package (staff)",
			description = "Needs If-Match with the package's ETag; 409 if it changed since or the listing exists.")
	ResponseEntity<PackageView> addListing(@PathVariable String key,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ListingAddition request, Principal user) {
		Revision revision = this.editing.addListing(key, expectedRevision(key, ifMatch), request.listing().toListing(),
				request.reason(), user.getName());
		return written(revision, HttpStatus.CREATED);
	}

	@DeleteMapping("/{key}/listings/{euReferenceNumber}")
	@Operation(summary = "Delist a person or entity (staff)",
			description = "Needs If-Match with the package's ETag and a reason.")
	ResponseEntity<PackageView> removeListing(@PathVariable String key, @PathVariable String euReferenceNumber,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@RequestParam @NotBlank @Size(max = 1000) String reason, Principal user) {
		Revision revision = this.editing.removeListing(key, expectedRevision(key, ifMatch), euReferenceNumber, reason,
				user.getName());
		return written(revision, HttpStatus.OK);
	}

	private long expectedRevision(String key, String ifMatch) {
		Long expected = IfMatch.expectedRevision(ifMatch);
		if (expected != null) {
			return expected;
		}
		return this.packages.find(key).orElseThrow(() -> new UnknownPackage(key)).revision();
	}

	private static ResponseEntity<PackageView> written(Revision revision, HttpStatus status) {
		return ResponseEntity.status(status)
			.eTag(IfMatch.etagOf(revision.number()))
			.body(PackageView.of(revision, null));
	}

	/** The package exists, but the register knows nothing of it on that date. */
	static class NotInForce extends RuntimeException {

		NotInForce(String key, LocalDate date) {
			super("The registry has no revision of " + key + " in force on " + date);
		}

	}

}
