package eu.sanctions.processes.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every model passes bpmnlint's recommended rules ({@code bpmnlint/.bpmnlintrc}), with
 * the bpmnlint its lockfile pins. Skipped where npm is not installed.
 */
class BpmnLintTest {

	private static NodeTool bpmnlint;

	@BeforeAll
	static void installBpmnlint() throws Exception {
		bpmnlint = NodeTool.install("bpmnlint", ".bpmnlintrc");
	}

	@Test
	void passesTheRecommendedRules() throws Exception {
		List<Path> models;
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources"))) {
			models = files.filter((file) -> file.toString().endsWith(".bpmn")).toList();
		}
		assertThat(models).isNotEmpty();
		for (Path model : models) {
			NodeTool.Result lint = bpmnlint.run("bpmnlint", "--max-warnings=0", model.toAbsolutePath().toString());
			assertThat(lint.exitCode()).as("bpmnlint %s:\n%s", model, lint.output()).isZero();
		}
	}

}
