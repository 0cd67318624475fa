package eu.sanctions.registry.web;

import java.security.Principal;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import eu.sanctions.registry.register.Cause;
import eu.sanctions.registry.sanctionsmap.ImportReport;
import eu.sanctions.registry.sanctionsmap.ImportingSanctionsMap;

@RestController
@Tag(name = "Imports", description = "Bringing reference data into the register")
class ImportsController {

	private final ImportingSanctionsMap importer;

	ImportsController(ImportingSanctionsMap importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/api/imports/sanctionsmap", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Import a Sanctions Map snapshot (staff)",
			description = "The body is the Sanctions Map regime API's JSON ({\"data\": [...]}). Each regime becomes a "
					+ "package or a revision of one; the same data again changes nothing. A file with any problem "
					+ "is refused whole (400, with the list of problems).")
	ImportReport importSnapshot(@RequestBody JsonNode snapshot, Principal user) {
		return this.importer.importSnapshot(snapshot, Cause.of("Sanctions Map import by " + user.getName()), true);
	}

}
