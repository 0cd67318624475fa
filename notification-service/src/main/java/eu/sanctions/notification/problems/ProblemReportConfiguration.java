package eu.sanctions.notification.problems;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Makes {@link ProblemReportValve} Tomcat's error report valve, in the place of the one
 * Spring Boot adds; runs after Boot's own customizer.
 */
@Configuration(proxyBeanMethods = false)
class ProblemReportConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			StandardHost host = (StandardHost) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			// The host makes its error report valve when it starts, from this class.
			host.setErrorReportValveClass(ProblemReportValve.class.getName());
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
