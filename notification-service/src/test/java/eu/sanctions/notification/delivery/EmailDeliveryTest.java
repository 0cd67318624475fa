package eu.sanctions.notification.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cloudevents.CloudEvent;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.renewal.PositionsRequested;
import eu.sanctions.events.testing.SampleEvents;
import eu.sanctions.notification.BrokerTest;
import eu.sanctions.notification.TestMail;
import eu.sanctions.notification.rules.Channel;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail through a real SMTP server: who receives it, and what it says. */
class EmailDeliveryTest extends BrokerTest {

	@Autowired
	private EmailSending sending;

	@Test
	void mailsTheDeadlineAndTheTaskLinkToTheDeskThatHasAnAddress() throws Exception {
		PositionsRequested sample = SampleEvents.positionsRequested();
		CloudEvent requested = publish(new PositionsRequested(sample.renewalId(), sample.packageKey(), 1,
				List.of(MemberState.LT, MemberState.LV), sample.deadline(), sample.proposedNewExpiry(),
				sample.amendments()));

		assertThat(deliveriesOf(requested.getId())).extracting(
				(delivery) -> delivery.getRecipient() + " " + delivery.getChannel() + " " + delivery.getDestination())
			.containsExactlyInAnyOrder("desk-LT INBOX desk-LT", "desk-LV INBOX desk-LV",
					"desk-LT EMAIL " + DESK_LT_ADDRESS);
		MimeMessage mail = await().until(() -> mailAbout(requested.getId()), (found) -> found != null);

		assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
			.containsExactly(DESK_LT_ADDRESS);
		assertThat(mail.getRecipients(Message.RecipientType.CC)).isNull();
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("notifications@sanctions.localhost");
		assertThat(mail.getSubject()).isEqualTo("EU-BLR: your position is requested by 2027-02-12");
		assertThat(mail.getContent().toString()).contains("Round 1 of the renewal EU-BLR:2027-02-28")
			.contains("Positions are accepted until 2027-02-12.")
			.contains("Your task: http://127.0.0.1:8080/camunda/app/tasklist/default/#/?searchQuery=")
			.contains("EU-BLR%3A2027-02-28");
		await().until(() -> this.deliveries.findByEventIdOrderById(requested.getId())
			.stream()
			.filter((delivery) -> delivery.getChannel() == Channel.EMAIL)
			.allMatch((delivery) -> delivery.getStatus() == DeliveryStatus.SENT && delivery.getAttempts() == 1));
		Delivery email = emailOf(requested.getId());
		assertThat(mail.getMessageID()).isEqualTo("<" + email.getMessageId() + "@sanctions.localhost>");
	}

	@Test
	void sendsAMailAgainWithTheSameMessageIdSoThatItsRecipientRecognisesIt() throws Exception {
		PositionsRequested sample = SampleEvents.positionsRequested();
		CloudEvent requested = publish(new PositionsRequested(sample.renewalId(), sample.packageKey(), 2,
				List.of(MemberState.LT), sample.deadline(), sample.proposedNewExpiry(), sample.amendments()));
		await().until(() -> emailOf(requested.getId()).getStatus() == DeliveryStatus.SENT);
		Delivery email = emailOf(requested.getId());

		// As after a crash between sending and recording it as sent.
		this.sending.send(email);

		List<MimeMessage> sent = await().until(() -> mailsAbout(requested.getId()), (found) -> found.size() == 2);
		assertThat(sent).extracting(MimeMessage::getMessageID)
			.containsOnly("<" + email.getMessageId() + "@sanctions.localhost>");
	}

	private Delivery emailOf(String eventId) {
		return deliveriesOf(eventId).stream()
			.filter((delivery) -> delivery.getChannel() == Channel.EMAIL)
			.findFirst()
			.orElseThrow();
	}

	private static List<MimeMessage> mailsAbout(String eventId) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : TestMail.SERVER.getReceivedMessages()) {
			if (message.getContent().toString().contains("Event " + eventId)) {
				found.add(message);
			}
		}
		return found;
	}

	private static MimeMessage mailAbout(String eventId) throws Exception {
		for (MimeMessage message : TestMail.SERVER.getReceivedMessages()) {
			if (message.getContent().toString().contains("Event " + eventId)) {
				return message;
			}
		}
		return null;
	}

}
