package eu.sanctions.renewal.messaging;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.access.DemoUsers;

/**
 * Who sent a position on Kafka. A consumer does not learn which principal produced a
 * record, so each desk system signs its positions: the CloudEvents {@code authid}
 * extension names the desk principal ({@code desk-LT}), and the header {@value #HEADER}
 * holds {@code v1,} and the Base64 of HMAC-SHA256, keyed with that desk's secret, over
 * the CloudEvents id, a full stop, and the record's value as sent. Without configured
 * principals every position is taken as the state it names (the embedded stack).
 */
final class DeskSignatures {

	/** The header with the signature. */
	static final String HEADER = "sanctions-signature";

	/** The CloudEvents extension that names the principal. */
	static final String AUTH_ID = "authid";

	private static final String VERSION = "v1,";

	private static final String ALGORITHM = "HmacSHA256";

	private final Map<String, Desk> byPrincipal;

	DeskSignatures(Map<String, KafkaSettings.DeskPrincipal> principals) {
		Map<String, Desk> desks = new HashMap<>();
		principals.forEach((code, principal) -> {
			MemberState state = MemberState.fromCode(code)
				.orElseThrow(() -> new IllegalArgumentException(
						"sanctions.kafka.desk-principals." + code + ": not a member state"));
			if (principal.secret() == null || principal.secret().length() < 16) {
				throw new IllegalArgumentException(
						"sanctions.kafka.desk-principals." + code + ".secret: at least 16 characters");
			}
			String name = (principal.name() != null && !principal.name().isBlank()) ? principal.name()
					: DemoUsers.deskGroup(state);
			desks.put(name, new Desk(state, principal.secret().getBytes(StandardCharsets.UTF_8)));
		});
		this.byPrincipal = Map.copyOf(desks);
	}

	/** Whether positions must be signed. */
	boolean required() {
		return !this.byPrincipal.isEmpty();
	}

	/**
	 * The state whose desk signed a record, or why the record is not trusted.
	 * @param principal the {@code authid} of the CloudEvent
	 * @param eventId the CloudEvents id
	 * @param value the record's value as received
	 * @param signature the {@value #HEADER} header
	 */
	Verdict verify(String principal, String eventId, byte[] value, String signature) {
		if (principal == null || principal.isBlank()) {
			return Verdict.untrusted("The position names no desk principal (CloudEvents authid).");
		}
		Desk desk = this.byPrincipal.get(principal);
		if (desk == null) {
			return Verdict.untrusted("The principal " + abbreviated(principal) + " is not a known desk system.");
		}
		if (signature == null || signature.isBlank()) {
			return Verdict.untrusted("The position is not signed (header " + HEADER + ").");
		}
		byte[] expected = VERSION.concat(sign(desk.secret(), eventId, value)).getBytes(StandardCharsets.UTF_8);
		for (String candidate : signature.trim().split("\\s+")) {
			if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
				return new Verdict(Optional.of(desk.state()), principal, null);
			}
		}
		return Verdict.untrusted("The signature of " + principal + " does not match the position.");
	}

	/** The header value a desk system sends: {@code v1,} and the signature. */
	static String signatureOf(String secret, String eventId, byte[] value) {
		return VERSION + sign(secret.getBytes(StandardCharsets.UTF_8), eventId, value);
	}

	private static String sign(byte[] secret, String eventId, byte[] value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret, ALGORITHM));
			mac.update((eventId + ".").getBytes(StandardCharsets.UTF_8));
			mac.update((value != null) ? value : new byte[0]);
			return Base64.getEncoder().encodeToString(mac.doFinal());
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 60) ? text.substring(0, 60) + "..." : text;
	}

	private record Desk(MemberState state, byte[] secret) {
	}

	/**
	 * Whom a record comes from.
	 *
	 * @param state the state of the desk that signed it, absent when untrusted
	 * @param principal the desk principal
	 * @param why why it is not trusted
	 */
	record Verdict(Optional<MemberState> state, String principal, String why) {

		static Verdict untrusted(String why) {
			return new Verdict(Optional.empty(), null, why);
		}

		boolean trusted() {
			return this.state.isPresent();
		}

	}

}
