package org.freelance.portal.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import org.freelance.portal.PortalApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature packages as Spring Modulith sees them: each top-level package of {@code org.freelance.portal}
 * is a module (its views included, from the other Maven module); a module reaches another only through
 * its top-level package or the named interfaces it declares, with no cycles. The documentation of the
 * modules is written to {@code target/spring-modulith-docs} (not committed).
 */
class ModularityTest {

    // the domain's test-jar holds fixtures in the same packages: they are not part of the modules
    static final ApplicationModules modules = ApplicationModules.of(PortalApplication.class,
            location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"));

    @Test
    void modules_depend_on_each_other_only_through_their_interfaces_and_without_cycles() {
        modules.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeDocumentation();
    }
}
