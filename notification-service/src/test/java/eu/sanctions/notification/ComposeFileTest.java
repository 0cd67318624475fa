package eu.sanctions.notification;

import eu.sanctions.events.testing.ComposeServiceContract;

/** notification-service as docker-compose.yml runs it. */
class ComposeFileTest extends ComposeServiceContract {

	ComposeFileTest() {
		super("notification", 8082);
	}

}
