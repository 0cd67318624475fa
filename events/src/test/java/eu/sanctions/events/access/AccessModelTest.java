package eu.sanctions.events.access;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.sanctions.events.MemberState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AccessModelTest {

	@Test
	void letsADeskSpeakForItsOwnStateOnly() {
		Caller lithuania = DemoUsers.callerNamed("desk-LT");
		assertThat(lithuania.speaksFor(MemberState.LT)).isTrue();
		assertThat(lithuania.speaksFor(MemberState.HU)).isFalse();
		assertThat(DemoUsers.callerNamed("staff").speaksFor(MemberState.LT)).as("staff speak for no state").isFalse();
	}

	@Test
	void namesEachDemoUsersRoleByItsName() {
		assertThat(DemoUsers.callerNamed("staff").roles()).containsExactly(Role.STAFF);
		assertThat(DemoUsers.callerNamed("admin").roles()).containsExactly(Role.ADMIN);
		assertThat(DemoUsers.callerNamed("integrator").roles()).containsExactly(Role.INTEGRATOR);
		assertThat(DemoUsers.callerNamed("desk-EL").deskState()).isEqualTo(MemberState.EL);
		assertThatIllegalArgumentException().isThrownBy(() -> DemoUsers.callerNamed("desk-GR"))
			.withMessageContaining("not the desk of a member state");
		assertThatIllegalArgumentException().isThrownBy(() -> DemoUsers.callerNamed("desk-XX"));
		assertThatIllegalArgumentException().isThrownBy(() -> DemoUsers.callerNamed("root"));
	}

	@Test
	void readsTheUsersFileThatTheStackScriptWrites(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("users.properties");
		Files.writeString(file, "# generated\nstaff=abcdefgh12345678\n\ndesk-LT = 8WXG8Uw2cZW5WuGz\n");
		List<DemoUsers.DemoUser> users = DemoUsers.read(file);
		assertThat(users).extracting(DemoUsers.DemoUser::name).containsExactly("staff", "desk-LT");
		assertThat(users.get(1).password()).isEqualTo("8WXG8Uw2cZW5WuGz");
		assertThatIllegalArgumentException().isThrownBy(() -> DemoUsers.of(Map.of("staff", "short")))
			.withMessageContaining("shorter than 8");
	}

	@Test
	void carriesRolesAndStateThroughAuthorities() {
		Caller desk = DemoUsers.callerNamed("desk-PL");
		assertThat(desk.authorities()).containsExactly("ROLE_DESK", "STATE_PL");
		assertThat(Caller.fromAuthorities("desk-PL", desk.authorities())).isEqualTo(desk);
		assertThat(Caller.fromAuthorities("x", Set.of("ROLE_STAFF", "SCOPE_openid")).roles())
			.containsExactly(Role.STAFF);
	}

	@Test
	void readsRolesAndStateFromConfigurableClaims() {
		TokenClaims claims = new TokenClaims("groups", "ms");
		Caller desk = claims.callerOf("alice", Map.of("groups", List.of("desk", "unknown"), "ms", "lt"));
		assertThat(desk.roles()).containsExactly(Role.DESK);
		assertThat(desk.deskState()).isEqualTo(MemberState.LT);
		assertThat(claims.callerOf("bob", Map.of("groups", "ROLE_STAFF integrator")).roles())
			.containsExactlyInAnyOrder(Role.STAFF, Role.INTEGRATOR);
		assertThat(claims.callerOf("eve", Map.of()).roles()).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> claims.callerOf("mallory", Map.of("groups", List.of("desk"))))
			.withMessageContaining("must name its member state");
	}

}
