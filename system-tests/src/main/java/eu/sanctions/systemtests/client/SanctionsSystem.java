package eu.sanctions.systemtests.client;

/**
 * The whole system as its users reach it: each API, the engine's tasks, the inbound
 * topics, and (on a test stack) the clocks.
 */
public final class SanctionsSystem implements AutoCloseable {

	private final Endpoints endpoints;

	private final Registry registry;

	private final Renewals renewals;

	private final Tasks tasks;

	private final Notifications notifications;

	private final Clocks clocks;

	private final Kafka kafka;

	public SanctionsSystem(Endpoints endpoints, Users users) {
		Http http = new Http(users);
		this.endpoints = endpoints;
		this.registry = new Registry(http, endpoints);
		this.renewals = new Renewals(http, endpoints);
		this.tasks = new Tasks(http, endpoints);
		this.notifications = new Notifications(http, endpoints);
		this.clocks = new Clocks(http, endpoints);
		this.kafka = new Kafka(endpoints);
	}

	public Endpoints endpoints() {
		return this.endpoints;
	}

	public Registry registry() {
		return this.registry;
	}

	public Renewals renewals() {
		return this.renewals;
	}

	public Tasks tasks() {
		return this.tasks;
	}

	public Notifications notifications() {
		return this.notifications;
	}

	public Clocks clocks() {
		return this.clocks;
	}

	public Kafka kafka() {
		return this.kafka;
	}

	@Override
	public void close() {
		this.kafka.close();
	}

}
