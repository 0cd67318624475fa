package eu.sanctions.registry.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.LegalActKind;
import eu.sanctions.events.Listing;
import eu.sanctions.events.Measure;
import eu.sanctions.events.MeasureCategory;
import eu.sanctions.events.PackageStatus;
import eu.sanctions.events.SubjectType;
import eu.sanctions.registry.register.PackageKey;
import eu.sanctions.registry.register.PackageState;

/**
 * The bodies staff send, with the limits of the event contract on every string, so that
 * nothing accepted here can break a schema on the way out.
 */
final class Requests {

	private Requests() {
	}

	record NewPackage(@NotBlank @Size(max = PackageKey.MAX_LENGTH) @Pattern(regexp = PackageKey.PATTERN) String key,
			@NotBlank @Size(max = 1000) String title,
			@NotNull @Pattern(regexp = "EU|UN|UN and EU", message = "must be EU, UN or UN and EU") String issuer,
			@Positive Integer sanctionsMapId,
			@Size(max = 20) List<@NotNull @Pattern(regexp = "^[A-Z]{2,10}$") String> programmes, LocalDate adoptionDate,
			LocalDate expiry, @Min(0) @Max(120) Integer renewalCycleMonths, @Min(1) @Max(366) Integer reviewWindowDays,
			@Size(max = 50) List<@NotNull @Valid LegalActInput> legalActs,
			@Size(max = 200) List<@NotNull @Valid MeasureInput> measures,
			@Size(max = 2000) List<@NotNull @Valid ListingInput> listings) {

		@JsonIgnore
		@AssertTrue(message = "must not list an EU reference number twice")
		boolean isListingsUnique() {
			return Requests.unique(this.listings);
		}

		PackageState toState() {
			return new PackageState(this.key, this.title.strip(), this.issuer, this.sanctionsMapId,
					(this.programmes != null) ? List.copyOf(new java.util.LinkedHashSet<>(this.programmes)) : List.of(),
					PackageStatus.ACTIVE, this.adoptionDate, this.expiry,
					(this.renewalCycleMonths != null) ? this.renewalCycleMonths
							: ((this.expiry != null) ? PackageState.DEFAULT_RENEWAL_CYCLE_MONTHS : 0),
					(this.reviewWindowDays != null) ? this.reviewWindowDays : PackageState.DEFAULT_REVIEW_WINDOW_DAYS,
					null, Requests.map(this.legalActs, LegalActInput::toLegalAct),
					Requests.map(this.measures, MeasureInput::toMeasure),
					Requests.map(this.listings, ListingInput::toListing));
		}

	}

	record LegalActInput(@NotNull LegalActKind kind, @NotBlank @Size(max = 4000) String title,
			@Size(max = 40) @Pattern(regexp = "^[0-9A-Z()]+$") String celex,
			@Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String url) {

		LegalAct toLegalAct() {
			return new LegalAct(this.kind, this.title.strip(), this.celex, this.url);
		}

	}

	record MeasureInput(@NotNull MeasureCategory category, @NotBlank @Size(max = 4000) String description,
			@Size(max = 4000) String legalReference) {

		Measure toMeasure() {
			return new Measure(this.category, this.description.strip(), this.legalReference);
		}

	}

	record ListingInput(@NotBlank @Size(max = 40) String euReferenceNumber, @NotNull SubjectType subjectType,
			@NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> names, LocalDate listingDate,
			@Size(max = 4000) String reasons, @Size(max = 40) String annex) {

		Listing toListing() {
			return new Listing(this.euReferenceNumber.strip(), this.subjectType,
					this.names.stream().map(String::strip).toList(), this.listingDate, this.reasons, this.annex);
		}

	}

	record MeasuresUpdate(@NotNull @Size(max = 200) List<@NotNull @Valid MeasureInput> measures,
			@NotBlank @Size(max = 1000) String reason) {

		List<Measure> toMeasures() {
			return Requests.map(this.measures, MeasureInput::toMeasure);
		}

	}

	record ListingAddition(@NotNull @Valid ListingInput listing, @NotBlank @Size(max = 1000) String reason) {
	}

	private static boolean unique(List<ListingInput> listings) {
		if (listings == null) {
			return true;
		}
		Set<String> seen = new HashSet<>();
		return listings.stream()
			.filter((listing) -> listing != null && listing.euReferenceNumber() != null)
			.allMatch((listing) -> seen.add(listing.euReferenceNumber().strip()));
	}

	private static <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> mapping) {
		return (items != null) ? items.stream().map(mapping).toList() : List.of();
	}

}
