package eu.sanctions.renewal.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.sanctions.events.MemberState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Who signed a position, by the desk systems' secrets. */
class DeskSignaturesTest {

	static final String SECRET = "a-secret-of-at-least-16";

	final DeskSignatures signatures = new DeskSignatures(Map.of("LT", new KafkaSettings.DeskPrincipal(null, SECRET),
			"el", new KafkaSettings.DeskPrincipal("athens-desk-system", "another-secret-of-16")));

	final byte[] value = "{\"state\":\"LT\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void trustsAPositionSignedWithTheSecretOfItsPrincipal() {
		DeskSignatures.Verdict verdict = this.signatures.verify("desk-LT", "id-1", this.value,
				DeskSignatures.signatureOf(SECRET, "id-1", this.value));

		assertThat(verdict.trusted()).isTrue();
		assertThat(verdict.state()).contains(MemberState.LT);
	}

	@Test
	void acceptsOneOfSeveralSignaturesWhileASecretIsRotated() {
		String header = DeskSignatures.signatureOf("the-old-secret-of-16", "id-1", this.value) + " "
				+ DeskSignatures.signatureOf(SECRET, "id-1", this.value);

		assertThat(this.signatures.verify("desk-LT", "id-1", this.value, header).trusted()).isTrue();
	}

	@Test
	void namesAPrincipalByConfigurationAndAStateByEitherCode() {
		DeskSignatures.Verdict verdict = this.signatures.verify("athens-desk-system", "id-1", this.value,
				DeskSignatures.signatureOf("another-secret-of-16", "id-1", this.value));

		assertThat(verdict.state()).contains(MemberState.EL);
	}

	@Test
	void distrustsAMissingChangedOrForeignSignature() {
		String signature = DeskSignatures.signatureOf(SECRET, "id-1", this.value);

		assertThat(this.signatures.verify("desk-LT", "id-1", this.value, null).why()).contains("not signed");
		assertThat(this.signatures.verify(null, "id-1", this.value, signature).why()).contains("no desk principal");
		assertThat(this.signatures.verify("desk-PL", "id-1", this.value, signature).why()).contains("not a known");
		assertThat(this.signatures.verify("desk-LT", "id-2", this.value, signature).trusted()).isFalse();
		assertThat(this.signatures
			.verify("desk-LT", "id-1", "{\"state\":\"HU\"}".getBytes(StandardCharsets.UTF_8), signature)
			.trusted()).isFalse();
		assertThat(this.signatures.verify("desk-LT", "id-1", this.value, signature.substring(3)).trusted()).isFalse();
	}

	@Test
	void requiresSignaturesOnlyWhenPrincipalsAreConfigured() {
		assertThat(this.signatures.required()).isTrue();
		assertThat(new DeskSignatures(Map.of()).required()).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeskSignatures(Map.of("XX", new KafkaSettings.DeskPrincipal(null, SECRET))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new DeskSignatures(Map.of("LT", new KafkaSettings.DeskPrincipal(null, "short"))));
	}

}
