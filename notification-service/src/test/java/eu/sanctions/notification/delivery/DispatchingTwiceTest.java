package eu.sanctions.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import eu.sanctions.events.EventType;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.BrokerTest;
import eu.sanctions.notification.rules.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two dispatchers at once, as when a slow send outlasts the ShedLock lock and another
 * node takes over: a delivery one of them is sending is not sent by the other.
 */
class DispatchingTwiceTest extends BrokerTest {

	private final List<String> received = new CopyOnWriteArrayList<>();

	private final CountDownLatch answer = new CountDownLatch(1);

	private HttpServer slowIntegrator;

	@Autowired
	private DispatchingDeliveries dispatcher;

	@Autowired
	private EmailSending email;

	@Autowired
	private WebhookSending webhooks;

	@Autowired
	private DeliverySettings settings;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private Clock clock;

	@BeforeEach
	void startASlowIntegrator() throws IOException {
		this.slowIntegrator = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.slowIntegrator.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
		this.slowIntegrator.createContext("/slow", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.received.add(exchange.getRequestHeaders().getFirst("webhook-id"));
			try {
				this.answer.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.slowIntegrator.start();
		knowPackage(SampleEvents.PACKAGE_KEY);
	}

	@AfterEach
	void stopIt() {
		this.answer.countDown();
		this.slowIntegrator.stop(0);
	}

	@Test
	void neverSendsADeliveryThatAnotherDispatcherIsSending() {
		subscribe(json(
				Map.of("url", "http://127.0.0.1:" + this.slowIntegrator.getAddress().getPort() + "/slow", "packages",
						List.of(SampleEvents.PACKAGE_KEY), "eventTypes", List.of(EventType.EXTENSION_ADOPTED.type()))),
				INTEGRATOR);
		CloudEvent adopted = publish(SampleEvents.extensionAdopted());
		Delivery webhook = deliveriesOf(adopted.getId()).stream()
			.filter((delivery) -> delivery.getChannel() == Channel.WEBHOOK)
			.findFirst()
			.orElseThrow();
		// The scheduled dispatcher is sending it, and the integrator takes its time.
		await().until(() -> this.received.size() == 1);

		DispatchingDeliveries anotherNode = new DispatchingDeliveries(this.deliveries, this.email, this.webhooks,
				this.settings, this.transactions, this.clock);
		CompletableFuture<Void> second = CompletableFuture.runAsync(anotherNode::dispatchDue);
		await().atMost(Duration.ofSeconds(20)).until(() -> second.isDone() || this.received.size() > 1);

		assertThat(this.received).containsExactly(webhook.getMessageId());
		this.answer.countDown();
		await().until(() -> this.deliveries.findById(webhook.getId()).orElseThrow().getStatus() == DeliveryStatus.SENT);
		assertThat(this.deliveries.findById(webhook.getId()).orElseThrow().getAttempts()).isEqualTo(1);
		assertThat(this.received).containsExactly(webhook.getMessageId());
	}

}
