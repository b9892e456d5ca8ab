package io.estatewatch.testkit;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * Sets the broker's and containers' loggers to WARN so test logs stay small. A library jar cannot ship
 * a logback-test.xml without clashing with the user's, so this is done programmatically, and only for
 * loggers nobody configured (an explicit {@code logging.level.org.apache.kafka=DEBUG} wins).
 * Logback only: with another SLF4J binding, configure these loggers yourself.
 */
final class QuietLogs {

	static final List<String> NOISY = List.of("org.apache.kafka", "kafka", "state.change.logger",
			"org.testcontainers", "tc", "com.github.dockerjava", "de.bwaldvogel.mongo");

	private static final boolean LOGBACK_PRESENT = ClassUtils.isPresent("ch.qos.logback.classic.LoggerContext",
			QuietLogs.class.getClassLoader());

	private QuietLogs() {
	}

	static void apply() {
		if (LOGBACK_PRESENT) {
			Logback.apply();
		}
	}

	/** Separate class so logback's types load only when logback is there. */
	private static final class Logback {

		static void apply() {
			if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
				for (String name : NOISY) {
					ch.qos.logback.classic.Logger logger = context.getLogger(name);
					if (logger.getLevel() == null) {
						logger.setLevel(Level.WARN);
					}
				}
			}
		}

	}

}
