package io.estatewatch.servicekit.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Domain code throws the kit's exceptions, so they must stay plain Java. */
class ErrorPackageArchitectureTest {

    private final JavaClasses errors = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.estatewatch.servicekit.error");

    @Test
    void theErrorExceptionsDependOnNothingButJava() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.estatewatch.servicekit.error..")
                .check(errors);
    }
}
