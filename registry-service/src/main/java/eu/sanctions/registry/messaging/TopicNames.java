package eu.sanctions.registry.messaging;

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

	/** Where the renewal's events arrive: what this service consumes. */
	public String renewalEvents() {
		return name(Topics.RENEWAL_EVENTS);
	}

}
