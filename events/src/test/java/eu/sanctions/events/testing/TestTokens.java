package eu.sanctions.events.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Real signed JWTs for tests of the OAuth2 resource servers: an RSA key pair made per
 * JVM, its public key written as a PEM file for
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location}, and tokens
 * signed with the private key. No bypass: the service verifies each token's signature as
 * it would an identity provider's.
 */
public final class TestTokens {

	private static final KeyPair KEYS = generate();

	private static Path publicKeyFile;

	private TestTokens() {
	}

	/** The location to configure: {@code file:/tmp/...pem}. */
	public static synchronized String publicKeyLocation() {
		if (publicKeyFile == null) {
			try {
				Path file = Files.createTempFile("sanctions-test-jwt", ".pem");
				file.toFile().deleteOnExit();
				String pem = "-----BEGIN PUBLIC KEY-----\n"
						+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n";
				Files.writeString(file, pem);
				publicKeyFile = file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return "file:" + publicKeyFile;
	}

	/**
	 * A token for a user with these roles (and, for a desk, its state), valid for an
	 * hour.
	 */
	public static String token(String user, List<String> roles, String memberState) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user)
			.claim("preferred_username", user)
			.claim("roles", roles)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)));
		if (memberState != null) {
			claims.claim("member_state", memberState);
		}
		return sign(claims.build());
	}

	/** A token that expired an hour ago. */
	public static String expiredToken(String user, List<String> roles) {
		return sign(new JWTClaimsSet.Builder().subject(user)
			.claim("roles", roles)
			.issueTime(Date.from(Instant.now().minusSeconds(7200)))
			.expirationTime(Date.from(Instant.now().minusSeconds(3600)))
			.build());
	}

	/** A token signed by another key than the one the service trusts. */
	public static String forgedToken(String user, List<String> roles) {
		return sign(new JWTClaimsSet.Builder().subject(user)
			.claim("roles", roles)
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)))
			.build(), generate());
	}

	/** The Spring properties that make a service trust these tokens. */
	public static Map<String, String> properties() {
		return Map.of("spring.security.oauth2.resourceserver.jwt.public-key-location", publicKeyLocation());
	}

	private static String sign(JWTClaimsSet claims) {
		return sign(claims, KEYS);
	}

	private static String sign(JWTClaimsSet claims, KeyPair keys) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
