package io.estatewatch.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.estatewatch.complaint.archfixture.CrossServiceCall;
import io.estatewatch.complaint.archfixture.domain.CleanDomainType;
import io.estatewatch.complaint.archfixture.domain.LeakyDomainType;
import io.estatewatch.filing.archfixture.FilingRegister;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules must fail on the violations they exist for, and pass on clean code. */
class ServiceArchitectureTest {

	@Test
	void aDomainTypeThatImportsSpringBreaksTheRule() {
		JavaClasses classes = new ClassFileImporter().importClasses(LeakyDomainType.class, CleanDomainType.class);

		assertThat(ServiceArchitecture.rules("complaint").get(1).evaluate(classes).hasViolation()).isTrue();
	}

	@Test
	void aServiceThatCallsAnotherServicesCodeBreaksTheRule() {
		JavaClasses classes = new ClassFileImporter().importClasses(CrossServiceCall.class, FilingRegister.class);

		assertThat(ServiceArchitecture.rules("complaint").get(0).evaluate(classes).hasViolation()).isTrue();
	}

	@Test
	void plainDomainCodeKeepsBothRules() {
		JavaClasses classes = new ClassFileImporter().importClasses(CleanDomainType.class);

		ServiceArchitecture.rules("complaint").forEach(rule -> assertThat(rule.evaluate(classes).hasViolation()).isFalse());
	}
}
