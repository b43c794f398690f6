package io.agentstudio.gui.problems;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.RuleProvenance;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Beside the problems: the selected problem's rule, as docs/rules.md explains it (what it checks, why it matters,
 * what its fix does), and a button per quick fix.
 */
final class RuleExplanationView extends ScrollPane {
    private final ProblemsViewModel viewModel;
    private final Label rule = new Label();
    private final Label summary = wrapped("rule-summary");
    private final Label rationale = wrapped("rule-rationale");
    private final Label fix = wrapped("rule-fix");
    private final Label provenance = wrapped("rule-provenance");
    private final VBox fixes = new VBox(6);
    private final Label none = new Label("Select a problem to see why it matters and how to fix it.");

    RuleExplanationView(ProblemsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("rule-explanation");
        getStyleClass().add("rule-explanation");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        rule.setId("rule-id");
        rule.getStyleClass().add(Styles.TEXT_BOLD);
        rule.setGraphic(new FontIcon(Feather.BOOK_OPEN));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        provenance.getStyleClass().add(Styles.TEXT_MUTED);
        fixes.setId("rule-fixes");
        VBox content = new VBox(8, none);
        content.setPadding(new Insets(10, 12, 10, 12));
        // Fit-to-width alone lays wrapped text out too wide once the vertical scroll bar appears.
        content.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> getViewportBounds().getWidth(), viewportBoundsProperty()));
        content.setMinWidth(0);
        setContent(content);
        viewModel.explanationProperty().addListener((observable, before, info) -> show(info));
        viewModel.selectedProperty().addListener((observable, before, row) -> showFixes(row));
    }

    private void show(RuleInfo info) {
        VBox content = (VBox) getContent();
        if (info == null) {
            content.getChildren().setAll(none);
            return;
        }
        rule.setText(info.id() + " · " + info.severity().label() + " by default");
        summary.setText(info.summary());
        rationale.setText("Why it matters: " + info.rationale());
        fix.setText(info.hasFix() ? "Quick fix: " + info.fix() : "No quick fix: this one needs your judgement.");
        provenance.setText(RuleProvenance.describe(info));
        content.getChildren().setAll(rule, summary, rationale, fix, provenance, fixes);
    }

    private void showFixes(ProblemRow row) {
        fixes.getChildren().clear();
        if (row == null) {
            return;
        }
        int i = 0;
        for (FixAction action : viewModel.fixes(row)) {
            Button button = new Button(action.title(), new FontIcon(Feather.TOOL));
            button.setWrapText(true);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setId("rule-fix-" + i++);
            button.setMnemonicParsing(false);
            button.getStyleClass().add(Styles.SMALL);
            button.setOnAction(event -> action.apply());
            fixes.getChildren().add(button);
        }
    }

    private static Label wrapped(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
