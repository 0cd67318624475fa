package eu.sanctions.systemtests.client;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves the time of the services whose clock is movable
 * ({@code sanctions.clock.movable=true}: the system tests' stack, never production), as
 * an admin, through {@code /actuator/clock}.
 */
public final class Clocks {

	private final Http http;

	private final List<URI> services;

	public Clocks(Http http, Endpoints endpoints) {
		this.http = http;
		this.services = List.of(endpoints.registry(), endpoints.renewal());
	}

	/** Moves every movable clock forward to that instant. */
	public void moveTo(OffsetDateTime instant) {
		for (URI service : this.services) {
			this.http.post("admin", Endpoints.resolve(service, "/actuator/clock"), Map.of("to", instant.toString()))
				.expect(200);
		}
	}

	/** What the renewal service's clock reads. */
	public OffsetDateTime now() {
		return read().orElseThrow(() -> new Http.UnexpectedAnswer("The renewal service's clock is not movable"));
	}

	/**
	 * What the renewal service's clock reads, if it is movable; empty when it runs on the
	 * system's time (a stack of {@code ./sanctions up}).
	 */
	public Optional<OffsetDateTime> read() {
		Http.Response clock = this.http.get("admin", Endpoints.resolve(this.services.get(1), "/actuator/clock"));
		if (clock.status() != 200) {
			return Optional.empty();
		}
		return Optional.of(OffsetDateTime.parse(clock.json().path("now").asText()));
	}

}
