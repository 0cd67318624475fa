package eu.sanctions.renewal.messaging;

import org.springframework.stereotype.Component;

import eu.sanctions.events.TopicPlan;
import eu.sanctions.events.Topics;

/**
 * The names this service uses for the contract's topics, after the renames of
 * {@code sanctions.kafka.topic-names}.
 */
@Component
public class TopicNames {

	private final TopicPlan.Settings plan;

	TopicNames(KafkaSettings settings) {
		this.plan = settings.toPlan();
	}

	public String name(String defaultName) {
		return this.plan.name(defaultName);
	}

	public String positions() {
		return name(Topics.POSITIONS);
	}

	public String signals() {
		return name(Topics.SIGNALS);
	}

	public String registryEvents() {
		return name(Topics.REGISTRY_EVENTS);
	}

	public String registryPackages() {
		return name(Topics.REGISTRY_PACKAGES);
	}

}
