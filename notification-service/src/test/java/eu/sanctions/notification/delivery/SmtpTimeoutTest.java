package eu.sanctions.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import eu.sanctions.events.EventType;
import eu.sanctions.events.MemberState;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.BrokerTest;
import eu.sanctions.notification.TestMail;
import eu.sanctions.notification.rules.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An SMTP server that takes the connection and never says a word: the dispatcher gives up
 * on it after the time-out, goes on with the other deliveries, and sends the mail later.
 */
class SmtpTimeoutTest extends BrokerTest {

	private final List<Socket> held = new CopyOnWriteArrayList<>();

	@Autowired
	private JavaMailSenderImpl mailSender;

	private ServerSocket silentServer;

	private HttpServer integrators;

	private final List<String> webhooksReceived = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startASilentSmtpServerAndAnIntegrator() throws IOException {
		this.silentServer = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(() -> {
			while (!this.silentServer.isClosed()) {
				try {
					this.held.add(this.silentServer.accept());
				}
				catch (IOException ex) {
					return;
				}
			}
		}, "silent-smtp");
		acceptor.setDaemon(true);
		acceptor.start();
		this.integrators = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.integrators.createContext("/hook", (exchange) -> {
			exchange.getRequestBody().readAllBytes();
			this.webhooksReceived.add(exchange.getRequestHeaders().getFirst("webhook-id"));
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		this.integrators.start();
		knowPackage(SampleEvents.PACKAGE_KEY);
	}

	@AfterEach
	void stopThem() throws IOException {
		this.mailSender.setPort(TestMail.port());
		this.integrators.stop(0);
		this.silentServer.close();
		for (Socket socket : this.held) {
			socket.close();
		}
	}

	@Test
	void movesOnFromAnSmtpServerThatNeverAnswersAndSendsTheMailLater() {
		this.mailSender.setPort(this.silentServer.getLocalPort());
		PositionsRequested sample = SampleEvents.positionsRequested();
		CloudEvent requested = publish(new PositionsRequested(sample.renewalId(), sample.packageKey(), 1,
				List.of(MemberState.LT), sample.deadline(), sample.proposedNewExpiry(), sample.amendments()));
		Delivery mail = deliveriesOf(requested.getId()).stream()
			.filter((delivery) -> delivery.getChannel() == Channel.EMAIL)
			.findFirst()
			.orElseThrow();
		await().until(() -> !this.held.isEmpty());

		// The dispatcher is now waiting for the silent server; another delivery comes in.
		subscribe(
				json(Map.of("url", "http://127.0.0.1:" + this.integrators.getAddress().getPort() + "/hook", "packages",
						List.of(SampleEvents.PACKAGE_KEY), "eventTypes", List.of(EventType.RENEWAL_WITHDRAWN.type()))),
				INTEGRATOR);
		CloudEvent withdrawn = publish(SampleEvents.renewalWithdrawn());
		Delivery webhook = deliveriesOf(withdrawn.getId()).stream()
			.filter((delivery) -> delivery.getChannel() == Channel.WEBHOOK)
			.findFirst()
			.orElseThrow();

		await().until(() -> status(webhook) == DeliveryStatus.SENT);
		Delivery timedOut = this.deliveries.findById(mail.getId()).orElseThrow();
		assertThat(timedOut.getAttempts()).isGreaterThanOrEqualTo(1);
		assertThat(timedOut.getLastError()).contains("SMTP");
		assertThat(this.webhooksReceived).containsExactly(webhook.getMessageId());

		this.mailSender.setPort(TestMail.port());
		await().until(() -> status(mail) == DeliveryStatus.SENT);
	}

	private DeliveryStatus status(Delivery delivery) {
		return this.deliveries.findById(delivery.getId()).orElseThrow().getStatus();
	}

}
