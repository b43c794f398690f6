package io.agentstudio;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers point one way (gui -> logic -> model) and only the GUI knows JavaFX. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.agentstudio");
    }

    @Test
    void modelAndLogicNeverUseJavafxOrTheGui() {
        noClasses().that().resideInAnyPackage("io.agentstudio.model..", "io.agentstudio.logic..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.agentstudio.gui..", "io.agentstudio.app..")
                .check(classes);
    }

    @Test
    void theGuiDoesNotReachIntoTheCompositionRoot() {
        noClasses().that().resideInAPackage("io.agentstudio.gui..")
                .should().dependOnClassesThat().resideInAPackage("io.agentstudio.app..")
                .check(classes);
    }

    @Test
    void theLauncherLoadsNoJavafxClassItself() {
        noClasses().that().haveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
