package io.agentstudio.gui.shell;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import io.agentstudio.gui.common.ProblemIcons;
import io.agentstudio.model.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;

/**
 * The line at the bottom of the window: the open workspace and where it came from, files not loaded, the problem
 * counts per severity (a click shows the problems pane), and the selected tab's state. The facts that show only once
 * a workspace is loaded or a tab is open are added by {@link #showFacts()}, after the window's first frame (ADR 17).
 */
public final class StatusBarView extends HBox {
    private final StatusBarViewModel viewModel;
    private final HBox problemCounts = new HBox(10);
    private boolean factsShown;

    public StatusBarView(StatusBarViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("status-bar");

        Label workspace = new Label();
        workspace.setId("status-workspace");
        workspace.setGraphic(new FontIcon(Feather.FOLDER));
        workspace.textProperty().bind(viewModel.workspaceProperty());
        workspace.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> tooltip(viewModel.workspacePathProperty().get()), viewModel.workspacePathProperty()));

        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.graphicProperty().bind(Bindings.when(viewModel.failedProperty())
                .then(icon(Feather.X_CIRCLE, Styles.DANGER)).otherwise((FontIcon) null));
        message.styleProperty().bind(Bindings.when(viewModel.failedProperty()).then("-fx-text-fill: -color-danger-fg;").otherwise(""));
        showOnlyWhenText(message, viewModel.messageProperty().isNotEmpty());

        Label agents = new Label();
        agents.setId("status-agents");
        agents.setGraphic(new FontIcon(Feather.USERS));
        agents.textProperty().bind(viewModel.agentsProperty());
        showOnlyWhenText(agents, viewModel.agentsProperty().isNotEmpty());

        getChildren().addAll(workspace, new Spacer(), message, agents);
        keepWhole(List.of(agents));
    }

    /**
     * Adds the problems, the problem counts and the tab's facts; once. Each is hidden while it has nothing to say, as
     * all are while the first workspace loads, yet each would be styled in the first frame: styling the window's
     * controls is most of the UI thread's work before it.
     */
    public void showFacts() {
        if (factsShown) {
            return;
        }
        factsShown = true;
        Label problems = new Label();
        problems.setId("status-problems");
        problems.setGraphic(icon(Feather.ALERT_TRIANGLE, Styles.WARNING));
        problems.textProperty().bind(viewModel.problemsProperty());
        problems.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> tooltip(viewModel.problemDetailsProperty().get()), viewModel.problemDetailsProperty()));
        showOnlyWhenText(problems, viewModel.problemsProperty().isNotEmpty());

        Label dialect = textLabel("status-dialect", viewModel.dialectProperty(), Feather.FILE_TEXT);
        Label caret = textLabel("status-caret", viewModel.caretProperty(), null);
        Label saveState = textLabel("status-save", viewModel.saveStateProperty(), Feather.SAVE);

        problemCounts.setId("status-problem-counts");
        problemCounts.getStyleClass().add("status-problem-counts");
        Tooltip.install(problemCounts, new Tooltip("Problems in the workspace: click to show the problems pane"));
        for (Severity severity : Severity.values()) {
            Label count = new Label();
            count.setId("status-" + severity.label() + "-count");
            count.setGraphic(ProblemIcons.of(severity));
            count.textProperty().bind(Bindings.convert(viewModel.problemCountProperty(severity)));
            problemCounts.getChildren().add(count);
        }
        showOnlyWhenText(problemCounts, viewModel.workspacePathProperty().isNotEmpty());

        // Before the agents, as the counts belong with the problems; the tab's facts come last.
        getChildren().addAll(getChildren().size() - 1, List.of(problems, problemCounts));
        getChildren().addAll(dialect, caret, saveState);
        keepWhole(List.of(problems, problemCounts, dialect, caret, saveState));
    }

    /**
     * In a narrow window the folder's name and the message give way (their tooltip and the title bar keep them); the
     * short facts at the right stay whole.
     */
    private static void keepWhole(List<Region> facts) {
        for (Region fact : facts) {
            fact.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** What a click on the problem counts does (the window shows the problems pane). */
    public void setOnProblemCountsClicked(Runnable action) {
        problemCounts.setOnMouseClicked(event -> action.run());
    }

    private static Label textLabel(String id, javafx.beans.value.ObservableStringValue text, Feather icon) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        if (icon != null) {
            label.setGraphic(new FontIcon(icon));
        }
        showOnlyWhenText(label, Bindings.isNotEmpty(text));
        return label;
    }

    private static void showOnlyWhenText(javafx.scene.Node label, ObservableBooleanValue hasText) {
        label.visibleProperty().bind(hasText);
        label.managedProperty().bind(hasText);
    }

    private static FontIcon icon(Feather glyph, String styleClass) {
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add(styleClass);
        return icon;
    }

    private static Tooltip tooltip(String text) {
        return text == null || text.isEmpty() ? null : new Tooltip(text);
    }
}
