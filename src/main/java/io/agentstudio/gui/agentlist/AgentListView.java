package io.agentstudio.gui.agentlist;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.agentstudio.gui.common.ProblemIcons;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Severity;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.Cursor;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The searchable table of agents. It only draws {@link AgentListViewModel}'s state and reports the selection. */
public final class AgentListView extends VBox {
    static final String OFF_STYLE = "agent-off";
    private static final KeyCombination TOGGLE_OFF = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** A tooltip lists this many problems at most; the pane has them all. */
    private static final int BADGE_LINES = 8;
    /** A row whose agent Claude Code does not use somewhere, as another of its name is closer there. */
    private static final PseudoClass SHADOWED = PseudoClass.getPseudoClass("shadowed");
    private final AgentListViewModel viewModel;
    private final AgentActionsViewModel actions;
    private final TableView<AgentRow> table = new TableView<>();

    public AgentListView(AgentListViewModel viewModel, AgentActionsViewModel actions) {
        this.viewModel = viewModel;
        this.actions = actions;
        getStyleClass().add("agent-list");
        // The kind filter sits beside the search, which gives up the room it takes: in the filter row it widened the
        // list, and the editor's tool bar lost its Preview toggle to the overflow at 1100 px.
        CustomTextField search = searchField();
        HBox searchBar = new HBox(4, kindFilter(), search, new AgentActionsBar(actions, viewModel));
        searchBar.getStyleClass().add("search-bar");
        HBox.setHgrow(search, Priority.ALWAYS);
        // Room for a few words of a search at the list's narrowest: the action buttons are tight for it (studio.css).
        search.setMinWidth(150);
        getChildren().addAll(searchBar, filters(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        buildTable();
    }

    private CustomTextField searchField() {
        CustomTextField search = new CustomTextField();
        search.setId("agent-search");
        search.setPromptText("Search name, description, tools, file");
        search.setLeft(new FontIcon(Feather.SEARCH));
        FontIcon clear = new FontIcon(Feather.X);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(event -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setRight(clear);
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        return search;
    }

    private ComboBox<AgentListViewModel.Kind> kindFilter() {
        ComboBox<AgentListViewModel.Kind> kind = new ComboBox<>(FXCollections.observableArrayList(AgentListViewModel.Kind.values()));
        kind.setId("filter-kind");
        kind.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        kind.setTooltip(new Tooltip("Show agents, skills or both"));
        kind.setMinWidth(ComboBox.USE_PREF_SIZE);
        // Only a workspace with skills needs the choice.
        kind.visibleProperty().bind(Bindings.isNotEmpty(viewModel.skillRows()));
        kind.managedProperty().bind(kind.visibleProperty());
        return kind;
    }

    private HBox filters() {
        ComboBox<String> model = new ComboBox<>(viewModel.models());
        model.setId("filter-model");
        model.valueProperty().bindBidirectional(viewModel.modelFilterProperty());
        model.setTooltip(new Tooltip("Show only agents with this model"));
        ComboBox<String> dialect = new ComboBox<>(viewModel.dialects());
        dialect.setId("filter-dialect");
        dialect.valueProperty().bindBidirectional(viewModel.dialectFilterProperty());
        dialect.setTooltip(new Tooltip("Show only agents of this tool"));
        CheckBox problems = new CheckBox("Problems");
        problems.setId("filter-problems");
        problems.selectedProperty().bindBidirectional(viewModel.problemsOnlyProperty());
        // The list is narrow: each box names its filter in its own button rather than in a label beside it.
        model.setButtonCell(namedCell("Model"));
        dialect.setButtonCell(namedCell("Tool"));
        problems.setMinWidth(CheckBox.USE_PREF_SIZE);
        model.setMinWidth(ComboBox.USE_PREF_SIZE);
        dialect.setMinWidth(ComboBox.USE_PREF_SIZE);
        HBox bar = new HBox(6, model, dialect, problems);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private static ListCell<String> namedCell(String filter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(filter + ": " + (empty || item == null ? AgentListViewModel.ANY : item));
            }
        };
    }

    private void buildTable() {
        table.setId("agent-table");
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No agents to show"));
        // The "+" at the header's end lets a user hide Model or Description to give the names room in a narrow list.
        table.setTableMenuButtonVisible(true);

        SortedList<AgentRow> sorted = new SortedList<>(viewModel.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // Never narrower than its header with the sort arrow: squeezed, the table scrolls sideways instead.
        TableColumn<AgentRow, String> description = textColumn("Description", AgentRow::description, 260, 125);
        table.getColumns().add(markerColumn());
        table.getColumns().add(nameColumn());
        TableColumn<AgentRow, String> model = textColumn("Model", AgentRow::model, 72, 72);
        // Hidden until asked for (the header's menu): the Model filter above says the same, and at a laptop's width
        // the column took the room the names need.
        model.setVisible(false);
        table.getColumns().add(model);
        table.getColumns().add(preloadsColumn());
        table.getColumns().add(scopeColumn());
        table.getColumns().add(description);
        fillWithLastColumn(description);
        table.setRowFactory(t -> {
            TableRow<AgentRow> row = new TableRow<>() {
                private final ContextMenu menu = rowMenu(this);

                @Override
                protected void updateItem(AgentRow item, boolean empty) {
                    super.updateItem(item, empty);
                    boolean agent = !empty && item != null && !item.isSkill();
                    setContextMenu(agent ? menu : null);
                    // Greyed while turned off; the name cell's tooltip says by what.
                    getStyleClass().remove(OFF_STYLE);
                    if (agent && actions.isOff(item)) {
                        getStyleClass().add(OFF_STYLE);
                    }
                    pseudoClassStateChanged(SHADOWED, agent && !viewModel.scopes().shadowings(item).isEmpty());
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            AgentRow selected = table.getSelectionModel().getSelectedItem();
            if (TOGGLE_OFF.match(event)) {
                actions.toggleOff(selected);
                event.consume();
                return;
            }
            switch (event.getCode()) {
                case ENTER -> viewModel.open(selected);
                case F2 -> actions.rename(selected);
                case DELETE -> actions.delete(selected);
                default -> {
                    return;
                }
            }
            event.consume();
        });
        viewModel.dirtyPaths().addListener((SetChangeListener<Path>) change -> table.refresh());
        viewModel.problems().addListener((MapChangeListener<Path, List<Finding>>) change -> table.refresh());
        viewModel.scopes().revisionProperty().addListener((observable, was, now) -> table.refresh());

        // A row hidden by the search loses the table's selection but stays the ViewModel's, so its text stays shown.
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                viewModel.selectedProperty().set(after);
            }
        });
        viewModel.selectedProperty().addListener((observable, before, after) -> showSelection());
        sorted.addListener((ListChangeListener<AgentRow>) change -> showSelection());
        showSelection();
    }

    /** An agent row's menu (right click, or the context-menu key): the on/off switch, said the way it would act now. */
    private ContextMenu rowMenu(TableRow<AgentRow> row) {
        MenuItem onOff = new MenuItem();
        onOff.setId("agent-switch-menu");
        onOff.setAccelerator(TOGGLE_OFF);
        onOff.setOnAction(event -> actions.toggleOff(row.getItem()));
        ContextMenu menu = new ContextMenu(onOff);
        menu.setOnShowing(event -> {
            AgentRow item = row.getItem();
            Optional<String> why = actions.whyNoSwitch(item);
            onOff.setDisable(why.isPresent());
            onOff.setText(why.isPresent() ? "Turn off: " + why.get() : actions.isOff(item) ? "Turn on again" : "Turn off (keep the file)");
        });
        return menu;
    }

    private void showSelection() {
        AgentRow selected = viewModel.selectedProperty().get();
        if (selected == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getItems().contains(selected) && !selected.equals(table.getSelectionModel().getSelectedItem())) {
            table.getSelectionModel().select(selected);
            table.scrollTo(selected);
        }
    }

    /**
     * Only the description gives and takes width as the list's width changes: the names keep theirs (the constrained
     * policies shrank the name column to its minimum when the table was first laid out narrow and grew the last one).
     */
    private void fillWithLastColumn(TableColumn<AgentRow, String> last) {
        List<Observable> dependencies = new ArrayList<>(List.of(table.widthProperty(), table.getVisibleLeafColumns()));
        table.getColumns().forEach(column -> dependencies.add(column.widthProperty()));
        last.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double others = table.getVisibleLeafColumns().stream().filter(column -> column != last)
                    .mapToDouble(TableColumn::getWidth).sum();
            // Room for the vertical scroll bar, so filling the width never adds a horizontal one.
            return Math.max(last.getMinWidth(), table.getWidth() - others - 18);
        }, dependencies.toArray(Observable[]::new)));
    }

    /** The name with the agent's colour as a dot and a marker while a tab holds unsaved edits. */
    private TableColumn<AgentRow, AgentRow> nameColumn() {
        TableColumn<AgentRow, AgentRow> column = new TableColumn<>("Name");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparing(AgentRow::name, String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AgentRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                boolean dirty = viewModel.dirtyPaths().contains(row.agent().path());
                Optional<String> off = row.isSkill() ? Optional.empty() : viewModel.offReason(row.agent().path());
                // "(off)" as well as the grey: the state must not rest on colour alone.
                setText(row.name() + (off.isPresent() ? " (off)" : "") + (dirty ? " ●" : ""));
                if (row.isSkill()) {
                    FontIcon glyph = new FontIcon(Feather.BOOK_OPEN);
                    glyph.getStyleClass().add("skill-glyph");
                    setGraphic(glyph);
                } else {
                    Circle swatch = new Circle(5, row.colour().isEmpty() ? Color.TRANSPARENT : colour(row.colour()));
                    swatch.getStyleClass().add("agent-swatch");
                    setGraphic(swatch);
                }
                String shadowed = viewModel.scopes().shadowNote(row);
                setTooltip(new Tooltip((row.isSkill() ? "Skill: " : "") + shownFile(row) + (dirty ? " (unsaved changes)" : "")
                        + off.map(reason -> "\n" + reason).orElse("") + (shadowed.isEmpty() ? "" : "\n" + shadowed)));
            }
        });
        // The name is what a user scans the list for; the description may shrink to a tooltip first.
        // 200 px holds a name of about 23 characters, most real ones, at the default 1280 px window.
        column.setPrefWidth(200);
        column.setMinWidth(150);
        return column;
    }

    /**
     * How many agents preload a skill; shown only while the list shows skills alone, since it says nothing of agents.
     */
    private TableColumn<AgentRow, String> preloadsColumn() {
        // "Preloaded by" did not fit the narrow list; the header's tooltip says what the count is.
        TableColumn<AgentRow, String> column = textColumn("", AgentListView::preloads, 104, 100);
        Label header = new Label("Used by");
        header.setTooltip(new Tooltip("How many agents preload the skill (its name in their skills:)"));
        column.setGraphic(header);
        column.setId("column-preloads");
        column.setComparator(Comparator.comparingInt((String text) -> text.isEmpty() ? -1
                : text.startsWith("no") ? 0 : Integer.parseInt(text.split(" ")[0])));
        // Set rather than bound: the header's menu sets it too.
        // Only in the skills' own view: beside the agents, at 1280x800 it would squeeze the description's header.
        Runnable show = () -> column.setVisible(!viewModel.skillRows().isEmpty()
                && viewModel.kindFilterProperty().get() == AgentListViewModel.Kind.SKILLS);
        viewModel.skillRows().addListener((ListChangeListener<AgentRow>) change -> show.run());
        viewModel.kindFilterProperty().addListener((observable, was, now) -> show.run());
        show.run();
        return column;
    }

    /** A user agent by its full path: its file name alone could be a project agent's. */
    private String shownFile(AgentRow row) {
        return viewModel.scopes().scopeOf(row).filter(scope -> scope.isUser()).map(scope -> row.agent().path().toString())
                .orElse(row.file());
    }

    /**
     * Where each agent is read from ("project", "packages/a", "user"); shown only when the list holds more than one
     * scope, whose rows then come together. The tooltip says by which file a shadowed agent is replaced, and where.
     */
    private TableColumn<AgentRow, AgentRow> scopeColumn() {
        TableColumn<AgentRow, AgentRow> column = new TableColumn<>("Scope");
        column.setId("column-scope");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparing(viewModel.scopes()::label));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AgentRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(viewModel.scopes().label(row));
                String shadowed = viewModel.scopes().shadowNote(row);
                String where = viewModel.scopes().scopeOf(row).map(scope -> scope.description()).orElse("");
                setTooltip(where.isEmpty() ? null : new Tooltip(where + (shadowed.isEmpty() ? "" : "\n" + shadowed)));
            }
        });
        column.setPrefWidth(96);
        column.setMinWidth(72);
        // Set rather than bound: the header's menu sets it too.
        column.setVisible(viewModel.scopes().severalProperty().get());
        viewModel.scopes().severalProperty().addListener((observable, was, several) -> column.setVisible(several));
        return column;
    }

    private static String preloads(AgentRow row) {
        if (!row.isSkill()) {
            return "";
        }
        return switch (row.preloadedBy()) {
            case 0 -> "no agent";
            case 1 -> "1 agent";
            default -> row.preloadedBy() + " agents";
        };
    }

    private static Color colour(String name) {
        try {
            return Color.web(name);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }

    private static TableColumn<AgentRow, String> textColumn(String title, Function<AgentRow, String> value,
                                                            double width, double minWidth) {
        TableColumn<AgentRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    /**
     * The validation's badge: the worst severity's icon and how many problems the file has; the tooltip counts them
     * per severity and lists them. Sorting by it brings the worst to the top.
     */
    private TableColumn<AgentRow, AgentRow> markerColumn() {
        TableColumn<AgentRow, AgentRow> column = new TableColumn<>();
        column.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        column.getStyleClass().add("problem-column");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparing((AgentRow row) -> viewModel.worstSeverity(row).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
                .thenComparing(row -> -viewModel.problemsOf(row).size()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(AgentRow row, boolean empty) {
                super.updateItem(row, empty);
                List<Finding> findings = empty || row == null ? List.of() : viewModel.problemsOf(row);
                if (findings.isEmpty()) {
                    setGraphic(null);
                    setText(null);
                    setTooltip(null);
                    return;
                }
                Severity worst = viewModel.worstSeverity(row).orElse(Severity.INFO);
                setGraphic(ProblemIcons.of(worst));
                setText(String.valueOf(findings.size()));
                setTooltip(new Tooltip(badgeTooltip(findings)));
            }
        });
        column.setPrefWidth(46);
        column.setMinWidth(46);
        column.setMaxWidth(46);
        column.setResizable(false);
        return column;
    }

    private static String badgeTooltip(List<Finding> findings) {
        Map<Severity, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class),
                Collectors.counting()));
        String summary = counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
        String list = findings.stream().limit(BADGE_LINES).map(f -> "• " + f.problem().message()).collect(Collectors.joining("\n"));
        String more = findings.size() > BADGE_LINES ? "\n… and " + (findings.size() - BADGE_LINES) + " more in the problems pane" : "";
        return summary.replace("infos", "info") + "\n" + list + more;
    }
}
