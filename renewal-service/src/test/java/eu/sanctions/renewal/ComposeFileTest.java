package eu.sanctions.renewal;

import eu.sanctions.events.testing.ComposeServiceContract;

/** renewal-service as docker-compose.yml runs it. */
class ComposeFileTest extends ComposeServiceContract {

	ComposeFileTest() {
		super("renewal", 8080);
	}

}
