package io.agentstudio;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.agentstudio.gui.cyclefixturea.NeedsB;
import io.agentstudio.gui.cyclefixtureb.NeedsA;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of {@link ArchitectureTest} that the code has always kept would pass even if they checked nothing: here
 * each is shown a violation and must report it.
 */
class ArchitectureRulesCatchTest {

    /** A view model that reaches for the scene graph, as the rule forbids. */
    static final class SceneHoldingViewModel {
        Node shown;
    }

    @Test
    void aViewModelUsingTheSceneGraphIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(SceneHoldingViewModel.class);

        assertThat(ArchitectureTest.viewModelsUseNoScene.evaluate(classes).hasViolation()).isTrue();
    }

    @Test
    void twoGuiPackagesUsingEachOtherAreReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(NeedsA.class, NeedsB.class);

        assertThat(ArchitectureTest.guiFeaturesHaveNoCycles.evaluate(classes).hasViolation()).isTrue();
    }
}
