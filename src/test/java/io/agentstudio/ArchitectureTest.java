package io.agentstudio;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Layers point one way: gui -> logic -> model. The command line uses logic only and never JavaFX. View models use no
 * scene graph, the window's feature packages depend on each other without cycles, and gui.common on none of them.
 */
@AnalyzeClasses(packages = "io.agentstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNothingOfTheApp = noClasses().that().resideInAPackage("io.agentstudio.model..")
            .should().dependOnClassesThat().resideInAnyPackage("io.agentstudio.logic..", "io.agentstudio.gui..",
                    "io.agentstudio.app..", "io.agentstudio.cli..", "javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..");

    @ArchTest
    static final ArchRule logicKnowsNoGui = noClasses().that().resideInAPackage("io.agentstudio.logic..")
            .should().dependOnClassesThat().resideInAnyPackage("io.agentstudio.gui..", "io.agentstudio.app..",
                    "io.agentstudio.cli..", "javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..", "org.kordamp..");

    @ArchTest
    static final ArchRule guiDoesNotReachIntoTheCompositionRoot = noClasses().that().resideInAPackage("io.agentstudio.gui..")
            .should().dependOnClassesThat().resideInAPackage("io.agentstudio.app..");

    /** View models are plain state and commands, tested without a JavaFX runtime: properties yes, nodes no. */
    @ArchTest
    static final ArchRule viewModelsUseNoScene = noClasses().that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.controlsfx..",
                    "org.fxmisc..", "atlantafx..", "org.kordamp..");

    /** Each feature package of the window may use another one way only, so any of them can change on its own. */
    @ArchTest
    static final ArchRule guiFeaturesHaveNoCycles = slices().matching("io.agentstudio.gui.(*)..").should().beFreeOfCycles();

    /** The same for the logic's packages: graph edits and validation rules both read the loaders' models. */
    @ArchTest
    static final ArchRule logicPackagesHaveNoCycles = slices().matching("io.agentstudio.logic.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule launcherLoadsNoJavaFxItself = noClasses().that().haveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule commandLineNeverTouchesJavaFx = noClasses().that().resideInAPackage("io.agentstudio.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.agentstudio.gui..", "io.agentstudio.app..", "javafx..");

    /** What several parts of the window share depends on none of them. */
    @ArchTest
    static final ArchRule sharedGuiPiecesKnowNoFeature = noClasses().that().resideInAPackage("io.agentstudio.gui.common..")
            .should().dependOnClassesThat().resideInAnyPackage("io.agentstudio.gui.agentlist..", "io.agentstudio.gui.body..",
                    "io.agentstudio.gui.editor..", "io.agentstudio.gui.export..", "io.agentstudio.gui.form..",
                    "io.agentstudio.gui.graph..", "io.agentstudio.gui.preview..", "io.agentstudio.gui.problems..",
                    "io.agentstudio.gui.shell..");
}
