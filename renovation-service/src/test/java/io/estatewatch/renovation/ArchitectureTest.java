package io.estatewatch.renovation;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.estatewatch.renovation.archfixture.CallsAnotherService;
import io.estatewatch.renovation.archfixture.domain.SpringInTheDomain;
import io.estatewatch.renovation.archfixture.domain.WebInTheDomain;
import io.estatewatch.renovation.project.domain.RenovationProject;
import io.estatewatch.testkit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The service's code keeps to its own packages, and its domain stays plain Java; each rule is shown to fail. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.estatewatch.renovation");

    static final ArchRule NO_OTHER_SERVICE = noClasses().that().resideInAPackage("io.estatewatch.renovation..")
            .should().dependOnClassesThat().resideInAnyPackage("io.estatewatch.complaint..", "io.estatewatch.filing..",
                    "io.estatewatch.assessment..", "io.estatewatch.reporting..", "io.estatewatch.gateway..")
            .as("renovation-service depends on no other service's code");

    static final ArchRule PLAIN_DOMAIN = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..")
            .as("domain packages depend on no Spring, Kafka or MongoDB");

    static final ArchRule DOMAIN_AT_THE_CENTRE = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..")
            .as("domain packages depend on no web or persistence adapter");

    @Test
    void theServiceDependsOnNoOtherServicesCode() {
        NO_OTHER_SERVICE.check(SERVICE);
    }

    @Test
    void theDomainIsPlainJavaAndKnowsNoAdapter() {
        assertThat(SERVICE.contain(RenovationProject.class)).isTrue();
        PLAIN_DOMAIN.check(SERVICE);
        DOMAIN_AT_THE_CENTRE.check(SERVICE);
    }

    @Test
    void theServiceKeepsThePlatformsArchitectureRules() {
        ServiceArchitecture.verify("renovation");
    }

    @Test
    void usingAnotherServicesCodeBreaksTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(CallsAnotherService.class);

        assertThat(NO_OTHER_SERVICE.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void springInTheDomainBreaksTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(SpringInTheDomain.class);

        assertThat(PLAIN_DOMAIN.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void anAdapterInTheDomainBreaksTheRule() {
        JavaClasses classes = new ClassFileImporter().importClasses(WebInTheDomain.class);

        assertThat(DOMAIN_AT_THE_CENTRE.evaluate(classes).hasViolation()).isTrue();
    }
}
