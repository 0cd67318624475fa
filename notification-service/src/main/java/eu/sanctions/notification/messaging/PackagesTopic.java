package eu.sanctions.notification.messaging;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.EventRejectedException;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.notification.subscription.PackageCatalogue;

/**
 * Learns the packages from the registry's compacted topic, read from its beginning
 * whenever partitions are assigned, in a consumer group of its own: the catalogue is
 * rebuilt from Kafka alone, and reading a package again changes nothing.
 * <p>
 * A record that cannot be read is logged and skipped rather than dead-lettered: the topic
 * is read again from the start on every start, and the registry's outbox validated what
 * it wrote.
 */
@Component
class PackagesTopic implements ConsumerSeekAware {

	static final String GROUP = "notification-service-packages";

	private static final Logger log = LoggerFactory.getLogger(PackagesTopic.class);

	private final EventCodec codec;

	private final PackageCatalogue catalogue;

	PackagesTopic(EventCodec codec, PackageCatalogue catalogue) {
		this.codec = codec;
		this.catalogue = catalogue;
	}

	@KafkaListener(id = "known-packages", groupId = GROUP, topics = "#{@consumedTopics.registryPackages()}")
	void on(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			if (record.key() != null) {
				this.catalogue.forget(record.key());
			}
			return;
		}
		try {
			ReceivedEvent event = this.codec.decode(record);
			if (event.data() instanceof PackageRevised revised) {
				this.catalogue.learn(revised);
			}
		}
		catch (EventRejectedException ex) {
			log.warn("Skipped record {}-{}@{} of the packages topic: {}", record.topic(), record.partition(),
					record.offset(), ex.getMessage());
		}
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		callback.seekToBeginning(assignments.keySet());
	}

}
