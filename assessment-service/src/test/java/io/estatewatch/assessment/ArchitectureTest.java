package io.estatewatch.assessment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The shape of the service: a plain-Java domain core, and web adapters that reach the store only through services. */
class ArchitectureTest {

    static final ArchRule PLAIN_DOMAIN = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "com.mongodb..", "org.bson..", "tools.jackson..", "jakarta..", "org.apache.poi..")
            .because("domain rules are unit-tested without any framework");

    static final ArchRule DOMAIN_KNOWS_NO_ADAPTERS = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..");

    static final ArchRule WEB_KNOWS_NO_STORE = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..");

    static JavaClasses service;

    @BeforeAll
    static void importClasses() {
        service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.estatewatch.assessment");
    }

    @Test
    void theDomainIsPlainJavaWithoutSpringKafkaMongoOrJson() {
        PLAIN_DOMAIN.check(service);
    }

    @Test
    void theDomainKnowsNeitherWebNorPersistence() {
        DOMAIN_KNOWS_NO_ADAPTERS.check(service);
    }

    @Test
    void controllersNeverTouchTheStoreOrItsDocuments() {
        WEB_KNOWS_NO_STORE.check(service);
    }

    @Test
    void theDomainRuleCatchesAStoreInADomainPackage() {
        JavaClasses fixture = new ClassFileImporter().importPackages("io.estatewatch.assessment.archfixture");

        assertThat(PLAIN_DOMAIN.evaluate(fixture).hasViolation()).isTrue();
    }
}
