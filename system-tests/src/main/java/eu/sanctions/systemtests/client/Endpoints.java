package eu.sanctions.systemtests.client;

import java.net.URI;

/**
 * Where the stack answers.
 *
 * @param registry registry-service's base URL
 * @param renewal renewal-service's base URL
 * @param notification notification-service's base URL
 * @param kafka the brokers' bootstrap servers
 */
public record Endpoints(URI registry, URI renewal, URI notification, String kafka) {

	/** The stack of {@code ./sanctions up}. */
	public static Endpoints local() {
		return new Endpoints(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8080"),
				URI.create("http://127.0.0.1:8082"), "127.0.0.1:9092");
	}

	static URI resolve(URI base, String path) {
		return URI.create(base.toString().replaceAll("/$", "") + path);
	}

}
