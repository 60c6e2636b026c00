package app.praxis.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.JsModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed production bundle carries the browser code of every element the application uses. Vaadin's
 * production build includes only what it reaches from the routes and the layout by following class references; a
 * component that a higher feature contributes to a lower feature's page (through {@code AppointmentSection},
 * {@code DoctorPageSection}, …, found by Spring at run time) is not reached that way, and its element then stays an
 * unknown, empty tag in production only (development mode loads everything). {@link AppShell} names those.
 */
class ProductionBundleTest {

    private static final Path PROD_BUNDLE = Path.of("src/main/bundles/prod.bundle");

    @Test
    void everyElementTheApplicationUsesIsInTheProductionBundle() throws IOException {
        Set<String> bundled = bundleImports();
        Set<String> missing = new TreeSet<>();
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.praxis");
        for (JavaClass javaClass : classes) {
            for (String path : jsModules(javaClass.reflect())) {
                if (!bundled.contains(path)) {
                    missing.add(path + " (" + javaClass.getSimpleName() + ")");
                }
            }
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                if (target.getPackageName().startsWith("com.vaadin.flow.component")
                        && target.isAssignableTo(Component.class)) {
                    for (String path : jsModules(target.reflect())) {
                        if (!bundled.contains(path)) {
                            missing.add(path + " (" + target.getSimpleName() + ", used by " + javaClass.getSimpleName()
                                    + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing)
                .as(
                        "browser modules missing from %s: name their component in AppShell's @Uses / @JsModule, then"
                                + " regenerate the bundle",
                        PROD_BUNDLE)
                .isEmpty();
    }

    /** The bundle's imports as its build recorded them (config/stats.json). */
    private static Set<String> bundleImports() throws IOException {
        try (var zip = new ZipFile(PROD_BUNDLE.toFile())) {
            JsonNode stats = JsonMapper.shared().readTree(zip.getInputStream(zip.getEntry("config/stats.json")));
            Set<String> imports = new TreeSet<>();
            stats.get("bundleImports").forEach(node -> imports.add(node.asString()));
            assertThat(imports).as("the bundle's imports").isNotEmpty();
            return imports;
        }
    }

    /**
     * The class's browser modules and its superclasses' (a component's element is declared on it), as the bundle
     * names them: the application's own files ("./…") are in {@code frontend/}, a component library's are copied from
     * its jar into {@code frontend/generated/jar-resources/}.
     */
    private static Set<String> jsModules(Class<?> type) {
        Set<String> modules = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            String ownFiles =
                    c.getPackageName().startsWith("app.praxis") ? "Frontend/" : "Frontend/generated/jar-resources/";
            for (JsModule module : c.getDeclaredAnnotationsByType(JsModule.class)) {
                String value = module.value();
                modules.add(value.startsWith("./") ? ownFiles + value.substring(2) : value);
            }
        }
        return modules;
    }
}
