package io.agentstudio.gui.problems;

import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.gui.common.MessageTooltip;
import io.agentstudio.gui.common.ProblemIcons;
import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.model.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The problems pane: a tree of groups (agents or rules) and their problems, each row with its severity icon,
 * message, rule id and {@code file:line}; filters and counts above; the selected problem's rule explained beside it,
 * with its quick fixes. Double-click or Enter goes to the problem; Ctrl+1 or the context menu offers the fixes.
 * The tree follows the ViewModel's groups change by change, so updates keep the selection and the scroll position.
 */
public final class ProblemsPane extends javafx.scene.layout.BorderPane {
    private static final String STYLESHEET = "/io/agentstudio/gui/problems/problems.css";

    private final ProblemsViewModel viewModel;
    private final TreeTableView<Object> tree = new TreeTableView<>();
    private final TreeItem<Object> root = new TreeItem<>();
    private boolean following;

    /** @param hide what the pane's close button does (the View menu's toggle shows it again) */
    public ProblemsPane(ProblemsViewModel viewModel, Runnable hide) {
        this.viewModel = viewModel;
        setId("problems-pane");
        getStyleClass().add("problems-pane");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET), STYLESHEET).toExternalForm());
        setTop(toolbar(hide));
        buildTree();
        SplitPane split = new SplitPane(tree, new RuleExplanationView(viewModel));
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);
    }

    private ToolBar toolbar(Runnable hide) {
        Label title = new Label("Problems");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        ToggleGroup grouping = new ToggleGroup();
        ToggleButton byAgent = groupingToggle("By agent", Grouping.BY_AGENT, grouping, "problems-by-agent");
        ToggleButton byRule = groupingToggle("By rule", Grouping.BY_RULE, grouping, "problems-by-rule");
        grouping.selectToggle(viewModel.groupingProperty().get() == Grouping.BY_RULE ? byRule : byAgent);
        grouping.selectedToggleProperty().addListener((observable, before, after) -> {
            if (after == null) {
                grouping.selectToggle(before);
            } else {
                viewModel.groupingProperty().set((Grouping) after.getUserData());
            }
        });
        byAgent.getStyleClass().add(Styles.LEFT_PILL);
        byRule.getStyleClass().add(Styles.RIGHT_PILL);

        CheckBox current = new CheckBox("Current agent only");
        current.setId("problems-current-only");
        current.selectedProperty().bindBidirectional(viewModel.currentAgentOnlyProperty());

        Button close = new Button(null, new FontIcon(Feather.CHEVRONS_DOWN));
        close.setId("problems-hide");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setTooltip(new Tooltip("Collapse to the counts in the status bar; click them, or Ctrl+Shift+M, to bring the pane back"));
        close.setOnAction(event -> hide.run());

        ToolBar bar = new ToolBar(title, byAgent, byRule, new Separator(Orientation.VERTICAL),
                new Label("Show"), allToggle(), severityToggle(Severity.ERROR, "errors"),
                severityToggle(Severity.WARNING, "warnings"), severityToggle(Severity.INFO, "info"),
                new Separator(Orientation.VERTICAL), current, new Spacer(), close);
        bar.getStyleClass().add("problems-toolbar");
        return bar;
    }

    private static ToggleButton groupingToggle(String text, Grouping value, ToggleGroup group, String id) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setUserData(value);
        toggle.setToggleGroup(group);
        toggle.getStyleClass().add(Styles.SMALL);
        return toggle;
    }

    /** Pressed while no severity is picked: then every problem is shown; clicking it drops the picks. */
    private ToggleButton allToggle() {
        SeverityFilter filter = viewModel.severities();
        ToggleButton toggle = new ToggleButton("all");
        toggle.setId("problems-show-all");
        toggle.getStyleClass().add(Styles.SMALL);
        toggle.setSelected(filter.allProperty().get());
        filter.allProperty().addListener((observable, before, all) -> toggle.setSelected(all));
        toggle.setOnAction(event -> {
            filter.showAll();
            toggle.setSelected(true);
        });
        toggle.setTooltip(new Tooltip("Show every problem"));
        return toggle;
    }

    /** Pressed: the severity is shown (a filter that selects); "3 errors" counts the whole workspace. */
    private ToggleButton severityToggle(Severity severity, String plural) {
        ToggleButton toggle = new ToggleButton(null, ProblemIcons.of(severity));
        toggle.setId("problems-show-" + severity.label());
        toggle.getStyleClass().add(Styles.SMALL);
        toggle.textProperty().bind(Bindings.createStringBinding(() -> {
            int count = viewModel.countProperty(severity).get();
            return count + " " + (count == 1 ? severity.label() : plural);
        }, viewModel.countProperty(severity)));
        toggle.selectedProperty().bindBidirectional(viewModel.severities().pickedProperty(severity));
        toggle.setTooltip(new Tooltip(SeverityFilter.tooltip(severity)));
        return toggle;
    }

    private void buildTree() {
        tree.setId("problems-tree");
        tree.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        tree.setShowRoot(false);
        root.setExpanded(true);
        tree.setRoot(root);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(viewModel.checkingProperty())
                .then("Checking the workspace…").otherwise("No problems to show"));
        tree.setPlaceholder(placeholder);
        tree.getColumns().add(problemColumn());
        tree.getColumns().add(textColumn("Rule", ProblemRow::ruleId, 170));
        tree.getColumns().add(textColumn("Where", ProblemRow::location, 220));
        mirror(viewModel.groups(), root.getChildren(), this::groupItem);

        tree.setRowFactory(table -> {
            TreeTableRow<Object> row = new TreeTableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row.getItem() instanceof ProblemRow problem) {
                    viewModel.goTo(problem);
                }
            });
            row.setOnContextMenuRequested(event -> {
                if (row.getItem() instanceof ProblemRow problem) {
                    contextMenu(problem).show(row, event.getScreenX(), event.getScreenY());
                    event.consume();
                }
            });
            return row;
        });
        tree.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);

        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!following) {
                viewModel.selectedProperty().set(item != null && item.getValue() instanceof ProblemRow row ? row : null);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, row) -> showSelection(row));
    }

    private void keyPressed(KeyEvent event) {
        if (!(tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue() instanceof ProblemRow row)) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER) {
            viewModel.goTo(row);
            event.consume();
        } else if (QuickFixMenu.SHORTCUT.match(event)) {
            QuickFixMenu.offer(viewModel.fixes(row), tree, selectedRowBounds());
            event.consume();
        }
    }

    private Bounds selectedRowBounds() {
        int index = tree.getSelectionModel().getSelectedIndex();
        return tree.lookupAll(".tree-table-row-cell").stream()
                .filter(node -> node instanceof TreeTableRow<?> row && row.getIndex() == index)
                .findFirst().map(node -> node.localToScreen(node.getLayoutBounds())).orElse(null);
    }

    private ContextMenu contextMenu(ProblemRow problem) {
        List<FixAction> fixes = viewModel.fixes(problem);
        ContextMenu menu = QuickFixMenu.of(fixes);
        MenuItem goTo = new MenuItem("Go to problem", new FontIcon(Feather.CORNER_DOWN_RIGHT));
        goTo.setOnAction(event -> viewModel.goTo(problem));
        menu.getItems().addAll(0, List.of(goTo, new SeparatorMenuItem()));
        return menu;
    }

    /** Selects the ViewModel's row in the tree without echoing it back, scrolling only when it is out of sight. */
    private void showSelection(ProblemRow row) {
        TreeItem<Object> item = row == null ? null : itemOf(row);
        if (item == tree.getSelectionModel().getSelectedItem()) {
            return;
        }
        following = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                tree.getSelectionModel().select(item);
                int index = tree.getRow(item);
                if (!isVisible(index)) {
                    tree.scrollTo(Math.max(0, index - 2));
                }
            }
        } finally {
            following = false;
        }
    }

    /** True when the row is fully in the viewport (rows just outside it are laid out too, so cells do not say). */
    private boolean isVisible(int index) {
        if (!(tree.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || flow.getFirstVisibleCell() == null) {
            return false;
        }
        return index > flow.getFirstVisibleCell().getIndex() && index < flow.getLastVisibleCell().getIndex();
    }

    private TreeItem<Object> itemOf(ProblemRow row) {
        for (TreeItem<Object> group : root.getChildren()) {
            for (TreeItem<Object> item : group.getChildren()) {
                if (item.getValue().equals(row)) {
                    return item;
                }
            }
        }
        return null;
    }

    private TreeItem<Object> groupItem(ProblemGroup group) {
        TreeItem<Object> item = new TreeItem<>(group);
        item.setExpanded(true);
        mirror(group.rows(), item.getChildren(), TreeItem::new);
        return item;
    }

    /**
     * Keeps {@code target} a copy of {@code source}, change by change, so untouched tree items stay as they are. A
     * selected item is let go of before it is removed: TreeTableView's selection model, shifting its indices for the
     * removal, threw IndexOutOfBoundsException when the selected problem was the one a quick fix had just fixed. The
     * ViewModel's selection is shown again afterwards.
     */
    private <S> void mirror(ObservableList<S> source, ObservableList<TreeItem<Object>> target, Function<S, TreeItem<Object>> item) {
        target.setAll(source.stream().map(item).toList());
        source.addListener((ListChangeListener<S>) change -> {
            boolean letGo = false;
            while (change.next()) {
                if (change.wasPermutated()) {
                    letGo |= letGoOfSelectionIn(target);
                    target.setAll(source.stream().map(item).toList());
                    continue;
                }
                if (change.wasRemoved()) {
                    List<TreeItem<Object>> removed = target.subList(change.getFrom(), change.getFrom() + change.getRemovedSize());
                    letGo |= letGoOfSelectionIn(removed);
                    removed.clear();
                }
                if (change.wasAdded()) {
                    target.addAll(change.getFrom(), change.getAddedSubList().stream().map(item).toList());
                }
            }
            if (letGo) {
                showSelection(viewModel.selectedProperty().get());
            }
        });
    }

    /** Clears the tree's selection, without telling the ViewModel, when it is one of {@code items} or inside one. */
    private boolean letGoOfSelectionIn(List<TreeItem<Object>> items) {
        TreeItem<Object> selected = tree.getSelectionModel().getSelectedItem();
        boolean inside = selected != null && items.stream().anyMatch(candidate -> candidate == selected || candidate == selected.getParent());
        if (inside) {
            following = true;
            try {
                tree.getSelectionModel().clearSelection();
            } finally {
                following = false;
            }
        }
        return inside;
    }

    /** The tree column: a group's title and count, or a problem's severity icon and message. */
    private TreeTableColumn<Object, Object> problemColumn() {
        TreeTableColumn<Object, Object> column = new TreeTableColumn<>("Problem");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        column.setCellFactory(c -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                textProperty().unbind();
                getStyleClass().remove("problem-group");
                if (empty || value == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                } else if (value instanceof ProblemGroup group) {
                    textProperty().bind(group.labelProperty());
                    setGraphic(new FontIcon(viewModel.groupingProperty().get() == Grouping.BY_RULE ? Feather.BOOK_OPEN : Feather.FILE_TEXT));
                    getStyleClass().add("problem-group");
                    setTooltip(null);
                } else if (value instanceof ProblemRow row) {
                    setText(row.message());
                    setGraphic(ProblemIcons.of(row.severity()));
                    setTooltip(MessageTooltip.of(row.fileName() + ":\n" + row.message() + (row.hasFix() ? "\n\nCtrl+1: quick fix" : "")));
                }
            }
        });
        column.setPrefWidth(560);
        return column;
    }

    private static TreeTableColumn<Object, String> textColumn(String title, Function<ProblemRow, String> text, double width) {
        TreeTableColumn<Object, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() instanceof ProblemRow row ? text.apply(row) : ""));
        column.setPrefWidth(width);
        return column;
    }
}
