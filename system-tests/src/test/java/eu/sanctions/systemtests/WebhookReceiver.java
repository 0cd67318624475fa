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
 * An integrator's webhook endpoint on loopback: it accepts every delivery and keeps it
 * for the test to read.
 */
final class WebhookReceiver implements AutoCloseable {

	private final HttpServer server;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private WebhookReceiver(HttpServer server) {
		this.server = server;
	}

	static WebhookReceiver start() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			WebhookReceiver receiver = new WebhookReceiver(server);
			server.createContext("/hooks/sanctions", (exchange) -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
				receiver.deliveries.add(new Delivery(headers, body));
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

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/sanctions";
	}

	List<Delivery> deliveries() {
		return List.copyOf(this.deliveries);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * One POST received.
	 *
	 * @param headers its headers
	 * @param body its body
	 */
	record Delivery(Map<String, List<String>> headers, String body) {

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
