package eu.sanctions.notification.delivery;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Recipients' addresses, as properties files and environment variables spell them. */
class EmailSettingsTest {

	@Test
	void findsAnAddressConfiguredInAPropertiesFile() {
		EmailSettings settings = bind(
				new Binder(new MapConfigurationPropertySource(Map.of("sanctions.notification.email.addresses.desk-LT",
						"sanctions@urm.lt", "sanctions.notification.email.addresses.staff", "team@eeas.example"))));
		assertThat(settings.addressOf("desk-LT")).contains("sanctions@urm.lt");
		assertThat(settings.addressOf("staff")).contains("team@eeas.example");
		assertThat(settings.addressOf("desk-LV")).isEmpty();
		assertThat(settings.from()).isEqualTo("notifications@sanctions.localhost");
	}

	@Test
	void findsAnAddressConfiguredInAnEnvironmentVariable() {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("SANCTIONS_NOTIFICATION_EMAIL_ADDRESSES_DESK_LT", "sanctions@urm.lt")));
		EmailSettings settings = bind(new Binder(ConfigurationPropertySources.get(environment)));
		assertThat(settings.addressOf("desk-LT")).contains("sanctions@urm.lt");
	}

	private static EmailSettings bind(Binder binder) {
		return binder.bindOrCreate("sanctions.notification.email", Bindable.of(EmailSettings.class));
	}

}
