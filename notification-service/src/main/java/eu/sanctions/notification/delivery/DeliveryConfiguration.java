package eu.sanctions.notification.delivery;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import eu.sanctions.notification.rules.Notices;
import eu.sanctions.notification.rules.NotificationRules;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class DeliveryConfiguration {

	@Bean
	NotificationRules notificationRules(NotificationSettings settings) {
		return new NotificationRules(settings.desksFollowEveryPackage());
	}

	@Bean
	Notices notices(NotificationSettings settings) {
		return new Notices(settings.tasklistUrl());
	}

	/**
	 * The {@code shedlock} table is the events library's ({@code EventTables}); the
	 * database's clock decides, so nodes with drifting clocks agree on who holds a lock.
	 */
	@Bean
	@DependsOn("eventTables")
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

}
