package eu.sanctions.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on loopback, one per test JVM, so that the Spring
 * context that points at it can be cached and shared.
 */
public final class TestMail {

	public static final GreenMail SERVER = start();

	private TestMail() {
	}

	private static GreenMail start() {
		GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		return server;
	}

	public static int port() {
		return SERVER.getSmtp().getPort();
	}

}
