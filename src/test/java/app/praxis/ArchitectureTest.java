package app.praxis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The layout docs/ARCHITECTURE.md describes (one direction of dependence, in Java and in SQL), on every build. */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(PraxisApplication.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.praxis");

    @Test
    void featuresUseEachOthersApisOnlyAndHaveNoCycles() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder(
                        "base",
                        "security",
                        "audit",
                        "user",
                        "doctor",
                        "patient",
                        "availability",
                        "appointment",
                        "payment",
                        "review",
                        "chat",
                        "calendar",
                        "admin",
                        "demo",
                        "waitlist");
        // Each package-info declares allowedDependencies: verify() then also fails on an upward dependency.
        MODULES.verify();
    }

    @Test
    void viewsNeverUseRepositoriesOrTheDatabase() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcClient.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(JdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(NamedParameterJdbcOperations.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(EntityManager.class)
                .orShould()
                .dependOnClassesThat()
                .areAssignableTo(DataSource.class)
                .check(CLASSES);
    }

    @Test
    void everyModuleDeclaresWhatItMayDependOn() {
        MODULES.stream().forEach(module -> assertThat(
                        allowedDependencies(module.getBasePackage().getName()))
                .as("allowedDependencies of %s", module.getIdentifier())
                .doesNotContain(module.getIdentifier().toString()));
    }

    @Test
    void sqlNamesOnlyTablesOfItsOwnModuleOrOfModulesItMayDependOn() {
        Map<String, String> owners = SqlOwnership.tableOwners(CLASSES);
        var crossings = new ArrayList<String>();
        MODULES.stream().forEach(module -> {
            String name = module.getIdentifier().toString();
            Set<String> allowed = new HashSet<>(
                    List.of(allowedDependencies(module.getBasePackage().getName())));
            allowed.add(name);
            SqlOwnership.namedTables(Path.of("src/main/java/app/praxis", name))
                    .forEach((file, tables) -> tables.stream()
                            .filter(table -> owners.containsKey(table) && !allowed.contains(owners.get(table)))
                            .forEach(table -> crossings.add(file + " names " + table + " of module " + owners.get(table)
                                    + ", which " + name + " may not depend on")));
        });
        assertThat(crossings).isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwningModule() throws IOException {
        assertThat(SqlOwnership.tableOwners(CLASSES).keySet())
                .containsAll(SqlOwnership.migratedTables(Path.of("src/main/resources/db/migration")));
    }

    /** The module's declared allowedDependencies; a module without them fails the test. */
    private static String[] allowedDependencies(String basePackage) {
        try {
            var annotation = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(annotation).as("@ApplicationModule on %s", basePackage).isNotNull();
            assertThat(annotation.allowedDependencies())
                    .as("allowedDependencies of %s", basePackage)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
            return annotation.allowedDependencies();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No package-info in " + basePackage, e);
        }
    }
}
