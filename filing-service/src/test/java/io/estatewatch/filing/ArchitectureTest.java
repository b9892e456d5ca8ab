package io.estatewatch.filing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.estatewatch.filing.archfixture.CallsAnotherService;
import io.estatewatch.filing.archfixture.domain.SpringInTheDomain;
import io.estatewatch.filing.archfixture.domain.WebInTheDomain;
import io.estatewatch.filing.review.domain.Filing;
import io.estatewatch.testkit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The service's code keeps to its own packages, and its domain stays plain Java; each rule is shown to fail. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.estatewatch.filing");

    static final ArchRule NO_OTHER_SERVICE = noClasses().that().resideInAPackage("io.estatewatch.filing..")
            .should().dependOnClassesThat().resideInAnyPackage("io.estatewatch.complaint..",
                    "io.estatewatch.assessment..", "io.estatewatch.renovation..", "io.estatewatch.reporting..",
                    "io.estatewatch.gateway..")
            .as("filing-service depends on no other service's code");

    static final ArchRule PLAIN_DOMAIN = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "tools.jackson..", "org.apache.poi..", "org.apache.commons.csv..")
            .as("domain packages depend on no Spring, Kafka, MongoDB, JSON mapping or spreadsheet library");

    static final ArchRule DOMAIN_AT_THE_CENTRE = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..", "..store..",
                    "..importing..", "..attachment..")
            .as("domain packages depend on no adapter");

    @Test
    void theServiceDependsOnNoOtherServicesCode() {
        NO_OTHER_SERVICE.check(SERVICE);
    }

    @Test
    void theDomainIsPlainJavaAndKnowsNoAdapter() {
        assertThat(SERVICE.contain(Filing.class)).isTrue();
        PLAIN_DOMAIN.check(SERVICE);
        DOMAIN_AT_THE_CENTRE.check(SERVICE);
    }

    @Test
    void theServiceKeepsThePlatformsArchitectureRules() {
        ServiceArchitecture.verify("filing");
    }

    @Test
    void usingAnotherServicesCodeBreaksTheRule() {
        assertThat(NO_OTHER_SERVICE.evaluate(new ClassFileImporter().importClasses(CallsAnotherService.class))
                .hasViolation()).isTrue();
    }

    @Test
    void springInTheDomainBreaksTheRule() {
        assertThat(PLAIN_DOMAIN.evaluate(new ClassFileImporter().importClasses(SpringInTheDomain.class))
                .hasViolation()).isTrue();
    }

    @Test
    void anAdapterInTheDomainBreaksTheRule() {
        assertThat(DOMAIN_AT_THE_CENTRE.evaluate(new ClassFileImporter().importClasses(WebInTheDomain.class))
                .hasViolation()).isTrue();
    }
}
