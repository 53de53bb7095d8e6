package org.freelance.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The shape the code must keep: the domain knows nothing of the UI, views go through services
 * (never repositories or the entity manager), and feature packages do not depend on each other in
 * circles.
 */
class ArchitectureTest {

    static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        // portal-domain arrives as a jar (or a folder in the reactor): both are imported by package
        portal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.freelance.portal");
    }

    @Test
    void both_modules_are_imported() {
        org.assertj.core.api.Assertions.assertThat(portal.contain("org.freelance.portal.tenant.CommunityService"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(portal.contain("org.freelance.portal.shell.MainLayout")).isTrue();
    }

    @Test
    void domain_does_not_depend_on_vaadin_or_views() {
        ArchRule rule = noClasses().that().resideOutsideOfPackages("..ui..", "..shell..", "..security..", "..web..")
                .and().doNotHaveFullyQualifiedName("org.freelance.portal.PortalApplication")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "..ui..", "..shell..");
        rule.check(portal);
    }

    @Test
    void views_do_not_touch_repositories_or_the_entity_manager() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..ui..", "..shell..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("org.freelance.portal.."),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Repository")))
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..");
        rule.check(portal);
    }

    @Test
    void views_do_not_use_entities() {
        ArchRule rule = noClasses().that().resideInAnyPackage("..ui..", "..shell..")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);
        rule.check(portal);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.freelance.portal.(*)..").should().beFreeOfCycles().check(portal);
    }
}
