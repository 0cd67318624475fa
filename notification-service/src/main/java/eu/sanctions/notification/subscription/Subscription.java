package eu.sanctions.notification.subscription;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import eu.sanctions.events.EventType;
import eu.sanctions.notification.rules.Subscriber;

/**
 * What staff, a desk or an integrator asked to hear of: some packages or all, some event
 * types or every one sent to subscribers, and for an integrator a webhook signed with a
 * secret of its own.
 */
@Entity
@Table(name = "subscription")
public class Subscription {

	/** Standard Webhooks secrets: {@code whsec_} and the base64 of the key. */
	static final String SECRET_PREFIX = "whsec_";

	private static final int SECRET_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String owner;

	private boolean allPackages;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "subscription_package", joinColumns = @JoinColumn(name = "subscription_id"))
	@Column(name = "package_key")
	@Fetch(FetchMode.SUBSELECT)
	private Set<String> packages = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "subscription_event_type", joinColumns = @JoinColumn(name = "subscription_id"))
	@Column(name = "event_type")
	@Fetch(FetchMode.SUBSELECT)
	private Set<String> eventTypes = new TreeSet<>();

	private String webhookUrl;

	private String secret;

	private Instant createdAt;

	protected Subscription() {
	}

	private Subscription(String owner, boolean allPackages, Collection<String> packages,
			Collection<EventType> eventTypes, URI webhook, Instant createdAt) {
		this.owner = owner;
		this.allPackages = allPackages;
		this.packages.addAll(allPackages ? Set.of() : packages);
		eventTypes.forEach((type) -> this.eventTypes.add(type.type()));
		if (webhook != null) {
			this.webhookUrl = webhook.toString();
			this.secret = newSecret();
		}
		this.createdAt = createdAt;
	}

	/**
	 * @param owner a desk ({@code desk-LT}), an integrator, or {@code staff}
	 * @param packages the package keys; ignored when {@code allPackages}
	 * @param eventTypes the types; none means every type sent to subscribers
	 * @param webhook where to POST the events, or {@code null}
	 */
	public static Subscription of(String owner, boolean allPackages, Collection<String> packages,
			Collection<EventType> eventTypes, URI webhook, Instant now) {
		return new Subscription(owner, allPackages, packages, eventTypes, webhook, now);
	}

	private static String newSecret() {
		byte[] key = new byte[SECRET_BYTES];
		RANDOM.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	public boolean matches(String packageKey, EventType type) {
		return (this.allPackages || this.packages.contains(packageKey))
				&& (this.eventTypes.isEmpty() || this.eventTypes.contains(type.type()));
	}

	public Subscriber asSubscriber() {
		return new Subscriber(this.owner, this.id, webhook().orElse(null));
	}

	public Long getId() {
		return this.id;
	}

	public String getOwner() {
		return this.owner;
	}

	public boolean isAllPackages() {
		return this.allPackages;
	}

	public Set<String> getPackages() {
		return Set.copyOf(this.packages);
	}

	public Set<String> getEventTypes() {
		return Set.copyOf(this.eventTypes);
	}

	public Optional<URI> webhook() {
		return Optional.ofNullable(this.webhookUrl).map(URI::create);
	}

	/** The Standard Webhooks secret ({@code whsec_...}) that signs this webhook. */
	public String getSecret() {
		return this.secret;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
