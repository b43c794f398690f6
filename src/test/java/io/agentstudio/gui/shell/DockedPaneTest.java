package io.agentstudio.gui.shell;

import io.agentstudio.testing.GuiTest;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The problems pane and the graph canvas as docked panes: built when first shown, their divider kept while hidden. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class DockedPaneTest {
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final AtomicInteger built = new AtomicInteger();
    private StackPane pane;
    private SplitPane split;

    @Start
    void start(Stage stage) {
        // Panes that grow, as the real ones do: a label alone keeps its divider at its own height.
        pane = new StackPane(new Label("docked"));
        split = new SplitPane(new StackPane(new Label("main")));
        split.setOrientation(Orientation.VERTICAL);
        DockedPane.dock(split, shown, 0.66, () -> {
            built.incrementAndGet();
            return pane;
        });
        stage.setScene(new Scene(split, 1280, 800));
        stage.show();
    }

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void isBuiltOnlyWhenFirstShownAndOnlyOnce(FxRobot robot) {
        assertThat(built).hasValue(0);
        assertThat(split.getItems()).hasSize(1);

        robot.interact(() -> shown.set(true));
        assertThat(split.getItems()).containsExactly(split.getItems().get(0), pane);
        robot.interact(() -> shown.set(false));
        assertThat(split.getItems()).doesNotContain(pane);
        robot.interact(() -> shown.set(true));

        assertThat(built).hasValue(1);
        assertThat(split.getItems()).contains(pane);
    }

    @Test
    void showingItAgainPutsTheDividerWhereTheUserLeftIt(FxRobot robot) {
        robot.interact(() -> shown.set(true));
        assertThat(split.getDividerPositions()[0]).isCloseTo(0.66, within(0.01));
        robot.interact(() -> split.setDividerPosition(0, 0.4));

        robot.interact(() -> shown.set(false));
        robot.interact(() -> shown.set(true));

        assertThat(split.getDividerPositions()[0]).isCloseTo(0.4, within(0.01));
    }
}
