package eu.sanctions.renewal.messaging;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

import eu.sanctions.events.EventType;
import eu.sanctions.events.cloudevents.EventCodec;
import eu.sanctions.events.cloudevents.ReceivedEvent;
import eu.sanctions.events.registry.PackageRevised;
import eu.sanctions.renewal.renewal.PackageViews;

/**
 * The package view, from the compacted {@code sanctions.registry.packages}: read from the
 * beginning at every assignment, so the view is whole even on a fresh database; a
 * revision older than the view's changes nothing, and a tombstone removes the package.
 */
@Component
class PackagesListener implements ConsumerSeekAware {

	private final EventCodec codec;

	private final PackageViews packages;

	PackagesListener(EventCodec codec, PackageViews packages) {
		this.codec = codec;
		this.packages = packages;
	}

	@Override
	public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
		callback.seekToBeginning(assignments.keySet());
	}

	@KafkaListener(id = "renewal-packages", idIsGroup = false, topics = "#{@topicNames.registryPackages()}")
	void on(ConsumerRecord<String, byte[]> record) {
		if (record.value() == null) {
			if (record.key() != null) {
				this.packages.forget(record.key());
			}
			return;
		}
		ReceivedEvent event = this.codec.decode(record);
		if (event.type() == EventType.PACKAGE_REVISED) {
			this.packages.revise(event.data(PackageRevised.class));
		}
	}

}
