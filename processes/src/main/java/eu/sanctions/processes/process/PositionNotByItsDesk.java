package eu.sanctions.processes.process;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A user completed a state's position task without being that state's desk: staff or an
 * admin, a desk of another state, or a desk that named another state in the task's
 * variables. Thrown from the task's completion listener, it rolls the completion back;
 * renewal-service answers 403.
 */
public class PositionNotByItsDesk extends ProcessEngineException {

	PositionNotByItsDesk(String user, String state) {
		super("Only the desk of " + state + " gives the position of " + state + "; " + user + " may not.");
	}

}
