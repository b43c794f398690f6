package io.agentstudio;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.SlowTest;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast tier ({@code mvn -B test -Pfast}) leaves out tests tagged gui, corpus or slow. A test class is tagged by what
 * it uses, so a new one cannot land in the fast tier by forgetting: whatever starts the JavaFX toolkit is {@link GuiTest},
 * whatever reads ../shared is {@link CorpusTest}, whatever starts a process is {@link SlowTest}.
 */
class TestTiersTest {

    private static final JavaClasses TESTS = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("io.agentstudio");

    @Test
    void everyTestClassCarriesTheTagsOfWhatItUses() {
        Map<String, List<JavaClass>> byTopLevel = TESTS.stream()
                .collect(Collectors.groupingBy(type -> type.getName().split("\\$")[0]));
        List<String> untagged = new ArrayList<>();
        byTopLevel.forEach((name, classes) -> {
            JavaClass top = classes.stream().filter(type -> type.getName().equals(name)).findFirst().orElseThrow();
            if (!top.getSimpleName().endsWith("Test")) {
                return;
            }
            require(top, classes, GuiTest.class, target -> target.getPackageName().startsWith("org.testfx.api")
                    || target.getPackageName().startsWith("org.testfx.framework")
                    || target.getName().equals("javafx.application.Platform")
                    || target.getName().equals("io.agentstudio.app.HeadlessStudio"), untagged);
            require(top, classes, CorpusTest.class, target -> target.getName().equals("io.agentstudio.testing.SharedFiles"), untagged);
            require(top, classes, SlowTest.class, target -> target.getName().equals("io.agentstudio.testing.KillableChild")
                    || target.getName().equals("java.lang.ProcessBuilder"), untagged);
        });

        assertThat(untagged).as("test classes missing the tag of what they use").isEmpty();
    }

    private static void require(JavaClass top, List<JavaClass> classes, Class<? extends Annotation> tag, Predicate<JavaClass> uses,
                                List<String> untagged) {
        boolean needed = classes.stream().flatMap(type -> type.getDirectDependenciesFromSelf().stream())
                .map(Dependency::getTargetClass).anyMatch(uses);
        if (needed && !top.isAnnotatedWith(tag)) {
            untagged.add(top.getSimpleName() + " needs @" + tag.getSimpleName());
        }
    }
}
