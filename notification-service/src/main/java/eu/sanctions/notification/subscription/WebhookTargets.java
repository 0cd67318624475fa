package eu.sanctions.notification.subscription;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may call: http or https, on a host that resolves to public
 * addresses only, unless private targets are allowed by configuration. Checked when a
 * subscription is made and again before each delivery, since a name may resolve elsewhere
 * later.
 */
@Component
public class WebhookTargets {

	static final Set<String> SCHEMES = Set.of("http", "https");

	private final boolean allowPrivateTargets;

	private final Resolver resolver;

	@Autowired
	WebhookTargets(WebhookSettings settings) {
		this(settings.allowPrivateTargets(), InetAddress::getAllByName);
	}

	WebhookTargets(boolean allowPrivateTargets, Resolver resolver) {
		this.allowPrivateTargets = allowPrivateTargets;
		this.resolver = resolver;
	}

	/** Why a webhook may not call this URL, or nothing if it may. */
	public Optional<String> refusalOf(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!url.isAbsolute() || !SCHEMES.contains(scheme)) {
			return Optional.of("must be an http or https URL");
		}
		if (url.getHost() == null || url.getHost().isBlank()) {
			return Optional.of("must name a host");
		}
		if (url.getRawUserInfo() != null) {
			return Optional.of("must not carry credentials; the signature authenticates each delivery");
		}
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(url.getHost());
		}
		catch (UnknownHostException ex) {
			return Optional.of("names a host that does not resolve: " + url.getHost());
		}
		if (!this.allowPrivateTargets && Arrays.stream(addresses).anyMatch(WebhookTargets::isInternal)) {
			return Optional.of("points to a loopback, private, link-local or otherwise internal address, "
					+ "which webhooks may not call");
		}
		return Optional.empty();
	}

	/**
	 * Loopback, site-local (10/8, 172.16/12, 192.168/16, fec0::/10), link-local
	 * (169.254/16 with the clouds' metadata services, fe80::/10), any-local, multicast,
	 * IPv6 unique-local (fc00::/7) and the carrier-grade NAT range (100.64/10), which
	 * clouds use inside their networks.
	 */
	static boolean isInternal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean sharedAddressSpace = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean thisNetwork = bytes.length == 4 && bytes[0] == 0;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || sharedAddressSpace
				|| thisNetwork;
	}

	/** Resolves a host name to its addresses; the system's resolver, or a test's. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
