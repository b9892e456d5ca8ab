package io.estatewatch.assessment;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The shape of the service: a plain-Java domain core, and web adapters that reach the store only through services. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.estatewatch.assessment");
    }

    @Test
    void theDomainIsPlainJavaWithoutSpringKafkaMongoOrJson() {
        ArchRule rule = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                        "com.mongodb..", "org.bson..", "tools.jackson..", "jakarta..", "org.apache.poi..")
                .because("domain rules are unit-tested without any framework");
        rule.check(classes);
    }

    @Test
    void theDomainKnowsNeitherWebNorPersistenceNorServices() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..persistence..")
                .check(classes);
    }

    @Test
    void controllersNeverTouchTheStoreOrItsDocuments() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("..persistence..", "org.springframework.data.mongodb..")
                .check(classes);
    }
}
