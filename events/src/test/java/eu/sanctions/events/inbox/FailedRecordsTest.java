package eu.sanctions.events.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeoutException;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import eu.sanctions.events.EventStorageException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a consumer makes of a record it could not process, in every service: the waits
 * before its next tries, the failure under its kind, each failed try counted and logged.
 * (Which failures may pass is each service's: its tests say which of its frameworks'
 * failures do.)
 */
class FailedRecordsTest {

	/** A framework's failure that may pass, as a service adds them. */
	private static final class FrameworkTimeout extends RuntimeException {

		FrameworkTimeout(Throwable cause) {
			super("timed out", cause);
		}

	}

	/** Wrapped as a listener container wraps what a listener threw. */
	private static final Exception DATABASE_AWAY = new IllegalStateException("listener failed",
			new RuntimeException("no connection", new SQLTransientConnectionException("gone")));

	private static final Exception A_BUG = new IllegalStateException("a bug");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final FailedRecords failed = new FailedRecords(
			new ConsumerRetries(Duration.ofSeconds(1), Duration.ofSeconds(30), 3, Duration.ofSeconds(1)),
			PassingFailures.databaseAnd(FrameworkTimeout.class), this.meters);

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void listenToTheLog() {
		this.log.start();
		logger().addAppender(this.log);
	}

	@AfterEach
	void stopListening() {
		logger().detachAppender(this.log);
	}

	@Test
	void waitsOutAFailureThatMayPassForEverWithWaitsThatDoubleUpToTheCap() {
		List<Duration> waits = waits(this.failed.waitsAfter(DATABASE_AWAY), 1000);

		assertThat(waits).hasSize(1000)
			.startsWith(seconds(1), seconds(2), seconds(4), seconds(8), seconds(16), seconds(30), seconds(30));
		assertThat(waits.subList(5, 1000)).containsOnly(seconds(30));
		assertThat(waits(this.failed.waitsAfter(new FrameworkTimeout(new TimeoutException())), 1000))
			.as("the service's own passing failures too")
			.hasSize(1000);
	}

	@Test
	void triesAFailureThatWillNotPassThreeTimesInAll() {
		assertThat(waits(this.failed.waitsAfter(A_BUG), 1000)).containsExactly(seconds(1), seconds(1));
	}

	@Test
	void startsTheWaitsAfreshForEachRecord() {
		Iterator<Duration> first = this.failed.waitsAfter(A_BUG);
		first.next();

		assertThat(waits(this.failed.waitsAfter(A_BUG), 1000)).containsExactly(seconds(1), seconds(1));
		assertThat(waits(first, 1000)).containsExactly(seconds(1));
	}

	@Test
	void showsAFailureThatMayPassUnderAClassOfItsOwnAndABugAsItIs() {
		Exception timedOut = new EventStorageException("outbox", new SQLException("statement cancelled", "57014"));
		Exception checkViolated = new EventStorageException("outbox", new SQLException("check violated", "23514"));

		Exception passing = this.failed.byKind(timedOut);

		assertThat(passing.getClass()).as("judged anew when a failure of one class turns into a bug")
			.isNotEqualTo(EventStorageException.class)
			.isEqualTo(this.failed.byKind(DATABASE_AWAY).getClass());
		assertThat(passing).hasMessage("outbox").cause().isSameAs(timedOut);
		assertThat(this.failed.byKind(checkViolated)).isSameAs(checkViolated);
		assertThat(this.failed.byKind(A_BUG)).isSameAs(A_BUG);
		assertThat(waits(this.failed.waitsAfter(passing), 10)).as("still a failure that may pass").hasSize(10);
	}

	@Test
	void countsEveryFailedTryByTopicAndKind() {
		this.failed.failedTry(record("sanctions.positions"), this.failed.byKind(DATABASE_AWAY), 1);
		this.failed.failedTry(record("sanctions.positions"), this.failed.byKind(DATABASE_AWAY), 2);
		this.failed.failedTry(record("sanctions.positions"), A_BUG, 3);
		this.failed.failedTry(record("sanctions.signals"), A_BUG, 1);

		assertThat(failedTries("sanctions.positions", "passing")).isEqualTo(2);
		assertThat(failedTries("sanctions.positions", "not-passing")).isEqualTo(1);
		assertThat(failedTries("sanctions.signals", "not-passing")).isEqualTo(1);
		assertThat(failedTries("sanctions.signals", "passing")).isZero();
	}

	@Test
	void logsAFailureThatMayPassByWhatWentWrongAtTheBottomAndLeavesABugToTheErrorHandler() {
		this.failed.failedTry(record("sanctions.positions"), this.failed.byKind(DATABASE_AWAY), 4);
		this.failed.failedTry(record("sanctions.positions"), A_BUG, 1);

		assertThat(this.log.list).singleElement()
			.extracting(ILoggingEvent::getFormattedMessage)
			.isEqualTo("Record sanctions.positions-2@42 failed (try 4) for a reason that may pass; "
					+ "it and the records after it wait: java.sql.SQLTransientConnectionException: gone");
	}

	private double failedTries(String topic, String kind) {
		Counter counter = this.meters.find(ConsumerRetries.FAILURES).tags("topic", topic, "kind", kind).counter();
		return (counter != null) ? counter.count() : 0;
	}

	private static ConsumerRecord<String, byte[]> record(String topic) {
		return new ConsumerRecord<>(topic, 2, 42, "EU-BLR", new byte[0]);
	}

	/** The waits, up to a number, until there are no more. */
	private static List<Duration> waits(Iterator<Duration> waits, int atMost) {
		List<Duration> taken = new ArrayList<>();
		while (waits.hasNext() && taken.size() < atMost) {
			taken.add(waits.next());
		}
		return taken;
	}

	private static Duration seconds(long seconds) {
		return Duration.ofSeconds(seconds);
	}

	private static Logger logger() {
		return (Logger) LoggerFactory.getLogger(FailedRecords.class);
	}

}
