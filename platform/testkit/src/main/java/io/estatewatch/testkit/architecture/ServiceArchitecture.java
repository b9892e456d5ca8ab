package io.estatewatch.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture rules every service keeps, checked by one test per service:
 * <ul>
 * <li>a service depends on no other service's code (they share only {@code platform/*});</li>
 * <li>domain packages ({@code ..domain..}) are plain Java: no Spring, Kafka, MongoDB or JSON mapping.</li>
 * </ul>
 */
public final class ServiceArchitecture {

	/** The Java base package of every deployable service. */
	public static final List<String> SERVICES = List.of("complaint", "filing", "assessment", "renovation",
			"reporting", "gateway");

	private ServiceArchitecture() {
	}

	/** Checks the rules for the service whose base package is {@code io.estatewatch.<service>}. */
	public static void verify(String service) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("io.estatewatch." + service);
		for (ArchRule rule : rules(service)) {
			rule.check(classes);
		}
	}

	static List<ArchRule> rules(String service) {
		String[] otherServices = SERVICES.stream().filter(s -> !s.equals(service))
				.map(s -> "io.estatewatch." + s + "..").toArray(String[]::new);
		ArchRule noOtherService = noClasses().that().resideInAPackage("io.estatewatch." + service + "..")
				.should().dependOnClassesThat().resideInAnyPackage(otherServices)
				.as("%s depends on no other service".formatted(service))
				.allowEmptyShould(true);
		ArchRule plainDomain = noClasses().that().resideInAPackage("io.estatewatch." + service + "..domain..")
				.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
						"com.mongodb..", "org.bson..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta.persistence..")
				.as("%s domain packages are plain Java".formatted(service))
				.allowEmptyShould(true);
		return List.of(noOtherService, plainDomain);
	}
}
