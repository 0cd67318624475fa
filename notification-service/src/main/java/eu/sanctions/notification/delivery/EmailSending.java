package eu.sanctions.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import eu.sanctions.notification.inbox.Notification;
import eu.sanctions.notification.inbox.Notifications;

/**
 * Sends a notification's words by SMTP: its title as the subject, its body and link. The
 * {@code Message-ID} is the delivery's own, the same on every attempt, so that a mail
 * sent again after a crash (sent, but not recorded as sent) is recognised as the same
 * one.
 */
@Component
class EmailSending {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final EmailSettings settings;

	private final Notifications notifications;

	EmailSending(ObjectProvider<JavaMailSender> mailSender, EmailSettings settings, Notifications notifications) {
		this.mailSender = mailSender;
		this.settings = settings;
		this.notifications = notifications;
	}

	void send(Delivery delivery) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw new DeliveryFailedException("E-mail is off: no SMTP server is configured (spring.mail.host)", true);
		}
		Notification notification = this.notifications.findById(delivery.getNotificationId())
			.orElseThrow(() -> new DeliveryFailedException("The notification is gone", false));
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
			mail.setFrom(this.settings.from());
			mail.setTo(delivery.getDestination());
			mail.setSubject(notification.getTitle());
			mail.setText(notification.getBody()
					+ ((notification.getLink() != null) ? "\n\nYour task: " + notification.getLink() : "")
					+ "\n\n-- \nEU sanctions renewal notifications. Event " + notification.getEventId() + " ("
					+ notification.getEventType() + ").");
			// Spring's sender keeps a Message-ID set before sending.
			message.setHeader("Message-ID", messageIdOf(delivery));
		}
		catch (MessagingException ex) {
			throw new DeliveryFailedException("The e-mail cannot be written: " + ex.getMessage(), false);
		}
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			throw new DeliveryFailedException("SMTP refused or failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * {@code <msg_...@sanctions.localhost>}: the delivery's id, on the sender's domain.
	 */
	String messageIdOf(Delivery delivery) {
		String from = this.settings.from();
		String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[>\\s]", "");
		return "<" + delivery.getMessageId() + "@" + domain + ">";
	}

}
