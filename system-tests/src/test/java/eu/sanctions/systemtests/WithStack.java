package eu.sanctions.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test class the system-test {@link Stack}: started once for all the scenario
 * classes of the run, stopped after the last.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(WithStack.StackResolver.class)
@interface WithStack {

	/**
	 * Resolves {@link Stack} parameters from the root store, starting the stack the first
	 * time.
	 */
	class StackResolver implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == Stack.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return context.getRoot()
				.getStore(ExtensionContext.Namespace.create(StackResolver.class))
				.getOrComputeIfAbsent(Stack.class, (key) -> Stack.start(), Stack.class);
		}

	}

}
