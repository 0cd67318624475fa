package eu.sanctions.processes.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Camunda Form renders with the form-js viewer of Camunda 7.24's Tasklist (pinned
 * in {@code form-js/package.json}): it imports without warnings, draws every field, and
 * refuses to submit with a required field empty. Skipped where npm is not installed.
 */
class FormRenderingTest {

	private static NodeTool formJs;

	@BeforeAll
	static void installFormJs() throws Exception {
		formJs = NodeTool.install("form-js", "render-forms.mjs");
	}

	@Test
	void rendersEveryFormAsTasklistWould() throws Exception {
		List<String> command = new ArrayList<>(List.of("node", "render-forms.mjs"));
		try (Stream<Path> forms = Files.list(Path.of("src", "main", "resources", "renewal", "forms"))) {
			forms.filter((file) -> file.toString().endsWith(".form"))
				.sorted()
				.forEach((form) -> command.add(form.toAbsolutePath().toString()));
		}
		assertThat(command).hasSize(2 + RenewalTask.values().length);

		NodeTool.Result rendering = formJs.run(command.toArray(String[]::new));

		assertThat(rendering.exitCode()).as("form-js:\n%s", rendering.output()).isZero();
	}

}
