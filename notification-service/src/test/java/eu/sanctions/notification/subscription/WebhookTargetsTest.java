package eu.sanctions.notification.subscription;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks call public http(s) servers only, unless configuration allows private targets:
 * no request forged into this service's own network. Literal addresses and a resolver
 * that a test controls, so nothing here asks a real DNS.
 */
class WebhookTargetsTest {

	private final WebhookTargets targets = new WebhookTargets(false, WebhookTargetsTest::resolve);

	private final WebhookTargets permissive = new WebhookTargets(true, WebhookTargetsTest::resolve);

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
			"http://172.16.0.1/hook", "http://172.31.255.254/hook", "http://192.168.1.10/hook",
			"http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/hook", "http://224.0.0.1/hook",
			"http://100.64.0.1/hook", "http://[::1]/hook", "http://[fe80::1]/hook", "http://[fc00::1]/hook",
			"http://[fd12:3456::1]/hook", "http://[::]/hook", "http://[::ffff:127.0.0.1]/hook",
			"https://rebound.example/hook" })
	void refusesLoopbackPrivateLinkLocalAndOtherInternalTargets(String url) {
		assertThat(this.targets.refusalOf(URI.create(url))).hasValueSatisfying(
				(refusal) -> assertThat(refusal).contains("loopback, private, link-local or otherwise internal"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "https://93.184.215.14/hooks/sanctions", "http://8.8.8.8/hook",
			"https://[2001:4860:4860::8888]/hook", "https://public.example/hook", "HTTPS://93.184.215.14/hook" })
	void acceptsPublicHttpAndHttpsTargets(String url) {
		assertThat(this.targets.refusalOf(URI.create(url))).isEmpty();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', value = { "ftp://93.184.215.14/hook | must be an http or https URL",
			"file:///etc/passwd | must be an http or https URL", "javascript:alert(1) | must be an http or https URL",
			"/relative/hook | must be an http or https URL", "http:///hook | must name a host",
			"https://user:pass@93.184.215.14/hook | must not carry credentials",
			"https://nowhere.example/hook | does not resolve" })
	void refusesWhatIsNotAnHttpUrlOfAReachableHost(String url, String refusal) {
		assertThat(this.targets.refusalOf(URI.create(url)))
			.hasValueSatisfying((why) -> assertThat(why).contains(refusal));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://192.168.1.10/hook", "http://[::1]/hook" })
	void acceptsPrivateTargetsWhenConfigurationAllowsThem(String url) {
		assertThat(this.permissive.refusalOf(URI.create(url))).isEmpty();
	}

	/**
	 * The system's resolver for literals and localhost; two names of its own: one public,
	 * one that resolves into the private network, as a rebinding attacker's would.
	 */
	private static InetAddress[] resolve(String host) throws UnknownHostException {
		return switch (host) {
			case "public.example" -> new InetAddress[] { InetAddress.getByName("93.184.215.14") };
			case "rebound.example" ->
				new InetAddress[] { InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7") };
			case "nowhere.example" -> throw new UnknownHostException(host);
			default -> InetAddress.getAllByName(host);
		};
	}

}
