package eu.sanctions.events;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topics a service creates at start-up, with partitions, replication and
 * configuration taken from settings, never from code: one node with replication 1 for the
 * embedded stack, three brokers with replication 3 and {@code min.insync.replicas=2} in
 * production.
 */
public final class TopicPlan {

	private static final Duration DEAD_LETTER_RETENTION = Duration.ofDays(30);

	private TopicPlan() {
	}

	/**
	 * The topics to create.
	 * @param settings the partitions, replication and renames
	 * @param defaultNames the topics by their default names ({@link Topics}); dead-letter
	 * topics end with {@link Topics#DEAD_LETTER_SUFFIX}
	 * @return one definition per topic, under its configured name
	 */
	public static List<Topic> of(Settings settings, Collection<String> defaultNames) {
		return defaultNames.stream().map((defaultName) -> topic(settings, defaultName)).toList();
	}

	private static Topic topic(Settings settings, String defaultName) {
		Map<String, String> configs = new LinkedHashMap<>();
		configs.put("min.insync.replicas", Integer.toString(settings.minInsyncReplicas()));
		if (defaultName.equals(Topics.REGISTRY_PACKAGES)) {
			// The latest state of each package is all a new consumer needs.
			configs.put("cleanup.policy", "compact");
		}
		if (defaultName.endsWith(Topics.DEAD_LETTER_SUFFIX)) {
			// Someone must look at a dead letter; give them time.
			configs.put("retention.ms", Long.toString(DEAD_LETTER_RETENTION.toMillis()));
		}
		return new Topic(settings.name(defaultName), settings.partitions(), settings.replicationFactor(),
				Map.copyOf(configs));
	}

	/**
	 * A topic to create.
	 *
	 * @param name its configured name
	 * @param partitions how many partitions
	 * @param replicationFactor how many replicas
	 * @param configs its topic-level configuration
	 */
	public record Topic(String name, int partitions, short replicationFactor, Map<String, String> configs) {
	}

	/**
	 * How topics are laid out, from a service's configuration
	 * ({@code sanctions.kafka.*}).
	 *
	 * @param partitions partitions per topic; a package's events stay in one partition
	 * whatever the count
	 * @param replicationFactor replicas per partition
	 * @param minInsyncReplicas replicas that must have a record before it is acknowledged
	 * @param topicNames renames, from a default name to the name used here
	 */
	public record Settings(int partitions, short replicationFactor, int minInsyncReplicas,
			Map<String, String> topicNames) {

		public Settings {
			if (partitions < 1 || replicationFactor < 1 || minInsyncReplicas < 1) {
				throw new IllegalArgumentException("Partitions, replication and min.insync.replicas are at least 1");
			}
			if (minInsyncReplicas > replicationFactor) {
				throw new IllegalArgumentException("min.insync.replicas (" + minInsyncReplicas
						+ ") cannot exceed the replication factor (" + replicationFactor + ")");
			}
			topicNames = (topicNames != null) ? Map.copyOf(topicNames) : Map.of();
		}

		/** The name used here for a topic known by its default name. */
		public String name(String defaultName) {
			String base = defaultName.endsWith(Topics.DEAD_LETTER_SUFFIX)
					? defaultName.substring(0, defaultName.length() - Topics.DEAD_LETTER_SUFFIX.length()) : defaultName;
			String renamed = this.topicNames.getOrDefault(base, base);
			return defaultName.endsWith(Topics.DEAD_LETTER_SUFFIX) ? Topics.deadLetterTopicOf(renamed) : renamed;
		}

	}

}
