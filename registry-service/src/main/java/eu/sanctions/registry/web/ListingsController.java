package eu.sanctions.registry.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import eu.sanctions.registry.revisions.ListingMatch;
import eu.sanctions.registry.revisions.Packages;

@RestController
@Tag(name = "Listings", description = "The persons and entities listed, across packages")
class ListingsController {

	private final Packages packages;

	ListingsController(Packages packages) {
		this.packages = packages;
	}

	@GetMapping("/api/listings")
	@Operation(summary = "Search listings by name",
			description = "Persons and entities of every package as it stands whose names or aliases contain the "
					+ "text, ignoring case.")
	List<ListingMatch> search(@RequestParam @NotBlank @Size(min = 2, max = 200) String name,
			@RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
		return this.packages.searchListings(name.strip(), limit);
	}

}
