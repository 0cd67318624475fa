package eu.sanctions.registry;

import eu.sanctions.events.testing.ComposeServiceContract;

/** registry-service as docker-compose.yml runs it. */
class ComposeFileTest extends ComposeServiceContract {

	ComposeFileTest() {
		super("registry", 8081);
	}

}
