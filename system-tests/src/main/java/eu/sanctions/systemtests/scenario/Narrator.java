package eu.sanctions.systemtests.scenario;

/** Tells, one line per step, who did what. */
@FunctionalInterface
public interface Narrator {

	void say(String line);

	/** Says nothing: for tests that only check the outcome. */
	static Narrator silent() {
		return (line) -> {
		};
	}

}
