package app.praxis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Service;

/** The layout STYLE.md promises, checked on every build. */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PraxisApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.praxis");

    @Test
    void featuresUseEachOthersApisOnlyAndHaveNoCycles() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains(
                        "base",
                        "security",
                        "user",
                        "doctor",
                        "patient",
                        "availability",
                        "appointment",
                        "payment",
                        "chat",
                        "admin");
        MODULES.verify();
    }

    @Test
    void viewsNeverUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void repositoriesAreHiddenInsideTheirFeature() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void everyViewSaysExplicitlyWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .should()
                .beAnnotatedWith(AnonymousAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(DenyAll.class)
                .check(CLASSES);
    }

    @Test
    void servicesDoNotKnowVaadin() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin..")
                .check(CLASSES);
    }
}
