package eu.sanctions.notification.delivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import eu.sanctions.notification.inbox.Notification;
import eu.sanctions.notification.inbox.Notifications;

/** Sends a notification's words by SMTP: its title as the subject, its body and link. */
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
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.settings.from());
		message.setTo(delivery.getDestination());
		message.setSubject(notification.getTitle());
		message.setText(notification.getBody()
				+ ((notification.getLink() != null) ? "\n\nYour task: " + notification.getLink() : "")
				+ "\n\n-- \nEU sanctions renewal notifications. Event " + notification.getEventId() + " ("
				+ notification.getEventType() + ").");
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			throw new DeliveryFailedException("SMTP refused or failed: " + ex.getMessage(), ex);
		}
	}

}
