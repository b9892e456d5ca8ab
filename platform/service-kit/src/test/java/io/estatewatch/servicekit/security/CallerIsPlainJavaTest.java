package io.estatewatch.servicekit.security;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** Domain code takes a {@link Caller}: it, its {@link Role} and the claim mapping depend on nothing but Java. */
class CallerIsPlainJavaTest {

    @Test
    void callerRoleAndCallerClaimsDependOnlyOnJava() {
        JavaClasses imported = new ClassFileImporter().importClasses(Caller.class, Role.class, CallerClaims.class);

        classes().that().belongToAnyOf(Caller.class, Role.class, CallerClaims.class)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.estatewatch.servicekit.security")
                .check(imported);
    }
}
