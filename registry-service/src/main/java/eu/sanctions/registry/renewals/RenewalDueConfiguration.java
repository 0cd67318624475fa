package eu.sanctions.registry.renewals;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Schedules the renewal-due job, locked across nodes in the {@code shedlock} table that
 * the events library creates, and runs it once when the service is ready (after the
 * seed).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class RenewalDueConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Bean
	AtStartUp renewalDueAtStartUp(RenewalDueJob job) {
		return new AtStartUp(job);
	}

	record AtStartUp(RenewalDueJob job) {

		@EventListener(ApplicationReadyEvent.class)
		public void announce() {
			this.job.announceDueRenewals();
		}

	}

}
