package eu.sanctions.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Integrators' webhook endpoints on loopback, one path per hook: each accepts every
 * delivery at once and keeps it for the test to read.
 */
final class WebhookReceiver implements AutoCloseable {

	private static final String HOOKS = "/hooks/";

	private final HttpServer server;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext(HOOKS, (exchange) -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
				String hook = exchange.getRequestURI().getPath().substring(HOOKS.length());
				receiver.deliveries.add(new Delivery(hook, headers, body));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.start();
			return receiver;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The URL of a hook of its own, for one scenario's subscription. */
	String url(String hook) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + HOOKS + hook;
	}

	/** Every POST the hook received, in the order received. */
	List<Delivery> deliveries(String hook) {
		return this.deliveries.stream().filter((delivery) -> delivery.hook().equals(hook)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One POST received.
	 *
	 * @param hook the hook it was sent to
	 * @param headers its headers
	 * @param body its body
	 */
	record Delivery(String hook, Map<String, List<String>> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> entry.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

	}

}
