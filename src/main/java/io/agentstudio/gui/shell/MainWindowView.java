package io.agentstudio.gui.shell;

import io.agentstudio.gui.body.BodyEditorPane;
import java.util.List;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToggleButton;
import atlantafx.base.theme.Styles;
import io.agentstudio.gui.agentlist.AgentListView;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.export.ExportDialogs;
import io.agentstudio.gui.importer.ImportDialogs;
import io.agentstudio.gui.graph.GraphCanvasView;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.problems.ProblemsPane;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The studio window's layout: menu, agent list beside the open agents' tabs, the problems pane under them, status
 * bar, and a loading veil. The panels (list, tabs, problems pane) are built by {@link #showPanels()}, apart from the
 * rest: the studio shows its window first and builds them right after its first frame, while its workspace is still
 * loading under the veil (ADR 17).
 */
public final class MainWindowView extends BorderPane {
    private final MainWindowViewModel viewModel;
    private final EditorPanes panes;
    private final StackPane center;
    private final StatusBarView status;
    private EditorTabsView tabs;

    public MainWindowView(MainWindowViewModel viewModel, EditorPanes panes, ExportDialogs exports, ImportDialogs imports) {
        this.viewModel = viewModel;
        this.panes = panes;
        getStyleClass().add("main-window");
        Menu file = fileMenu(viewModel);
        file.getItems().add(file.getItems().size() - 2, exportItem(viewModel, exports));
        file.getItems().add(file.getItems().size() - 2, importItem(viewModel, imports));
        WindowLayout layout = viewModel.layout();
        MenuBar menus = new MenuBar(file, editMenu(viewModel, this::selectedBody), viewMenu(viewModel), helpMenu(viewModel));
        menus.getMenus().forEach(MainWindowView::iconsWhenFirstShown);
        HBox.setHgrow(menus, Priority.ALWAYS);
        HBox top = new HBox(menus, perspectiveSwitch(viewModel.graph().shownProperty()));
        top.getStyleClass().add("top-bar");
        setTop(top);
        center = new StackPane(loadingVeil(viewModel));
        setCenter(center);
        status = new StatusBarView(viewModel.status());
        status.setOnProblemCountsClicked(() -> layout.problems().set(true));
        setBottom(status);
        acceptDroppedFolders(viewModel);
        widthProperty().addListener((observable, before, width) -> layout.resized(width.doubleValue(), getHeight()));
        heightProperty().addListener((observable, before, height) -> layout.resized(getWidth(), height.doubleValue()));
    }

    /**
     * Builds the agent list, the tabs and the problems pane under the loading veil, and the status bar's facts; once
     * only. Until then the centre of the window is the veil alone (a workspace is always loading at that time).
     */
    public void showPanels() {
        if (tabs != null) {
            return;
        }
        status.showFacts();
        tabs = new EditorTabsView(viewModel.tabs(), panes, viewModel.preferences(), viewModel.layout(), viewModel::formOf,
                viewModel.problems()::problemsOf, viewModel::skillFilesOf, viewModel.firstRunProperty(), () -> viewModel.agentActions().newAgent());
        SplitPane split = new SplitPane(mainView(tabs, viewModel));
        DockedPane.dockFirst(split, viewModel.layout().list().shownProperty(), 0.33, () -> {
            AgentListView list = new AgentListView(viewModel.agentList(), viewModel.agentActions());
            SplitPane.setResizableWithParent(list, false);
            return list;
        });
        center.getChildren().add(0, withProblemsPane(split, viewModel));
    }

    private Optional<BodyEditorPane> selectedBody() {
        return tabs == null ? Optional.empty() : tabs.selectedBody();
    }

    /**
     * Beside the list, the open agents' tabs or the team graph, one at a time and each at full size: a graph docked
     * under the tabs was a strip too low to read on a laptop. Only the one shown is in the scene (a hidden tab pane
     * still had its new tabs styled, without the theme's colours); the graph is built the first time it is shown, so
     * a start without it loads none of its classes, and kept with its view after.
     */
    private static StackPane mainView(EditorTabsView tabs, MainWindowViewModel viewModel) {
        BooleanProperty graphShown = viewModel.graph().shownProperty();
        StackPane view = new StackPane();
        view.setId("main-view");
        GraphCanvasView[] graph = {null};
        Runnable show = () -> {
            if (!graphShown.get()) {
                view.getChildren().setAll(tabs);
                return;
            }
            if (graph[0] == null) {
                graph[0] = new GraphCanvasView(viewModel.graph(), viewModel.preferences().darkThemeProperty());
            }
            view.getChildren().setAll(graph[0]);
        };
        graphShown.addListener((observable, was, shown) -> show.run());
        show.run();
        return view;
    }

    /** "Agents | Team graph" at the right of the menu bar: which main view shows beside the list. */
    private static HBox perspectiveSwitch(BooleanProperty graphShown) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton agents = new ToggleButton("Agents", new FontIcon(Feather.FILE_TEXT));
        agents.setId("perspective-agents");
        agents.setTooltip(new Tooltip("The open agents' forms and bodies"));
        ToggleButton graph = new ToggleButton("Team graph", new FontIcon(Feather.SHARE_2));
        graph.setId("perspective-graph");
        graph.setTooltip(new Tooltip("Who delegates to whom; draw to link (View > Team Graph, Ctrl+Shift+G)"));
        for (ToggleButton button : List.of(agents, graph)) {
            button.setToggleGroup(group);
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(ToggleButton.USE_PREF_SIZE);
        }
        agents.getStyleClass().add(Styles.LEFT_PILL);
        graph.getStyleClass().add(Styles.RIGHT_PILL);
        Runnable follow = () -> group.selectToggle(graphShown.get() ? graph : agents);
        graphShown.addListener((observable, was, shown) -> follow.run());
        follow.run();
        // A click on the selected button would leave neither selected; the property decides instead.
        group.selectedToggleProperty().addListener((observable, before, now) -> {
            if (now == null) {
                follow.run();
            } else {
                graphShown.set(now == graph);
            }
        });
        HBox box = new HBox(agents, graph);
        box.getStyleClass().add("perspective-switch");
        return box;
    }

    /** The problems pane docked under the list and the tabs, shown and hidden by the View menu's preference. */
    private static SplitPane withProblemsPane(SplitPane main, MainWindowViewModel viewModel) {
        FittedPane shown = viewModel.layout().problems();
        SplitPane docked = new SplitPane(main);
        docked.setId("main-split");
        docked.setOrientation(Orientation.VERTICAL);
        DockedPane.dock(docked, shown.shownProperty(), 0.74, () -> {
            ProblemsPane pane = new ProblemsPane(viewModel.problems(), () -> shown.set(false));
            SplitPane.setResizableWithParent(pane, false);
            return pane;
        });
        return docked;
    }

    private static Menu fileMenu(MainWindowViewModel viewModel) {
        MenuItem newAgent = item("New Agent…", Feather.FILE_PLUS, "menu-new-agent", "Shortcut+N",
                () -> viewModel.agentActions().newAgent());
        newAgent.disableProperty().bind(viewModel.loadingProperty().or(viewModel.currentProperty().isNull()));
        MenuItem newSkill = item("New Skill…", Feather.BOOK_OPEN, "menu-new-skill", null, () -> viewModel.agentActions().newSkill());
        newSkill.disableProperty().bind(newAgent.disableProperty());
        MenuItem open = item("Open Workspace…", Feather.FOLDER, "menu-open", "Shortcut+O", viewModel::openWorkspace);
        open.disableProperty().bind(viewModel.loadingProperty());
        MenuItem reload = item("Reload", Feather.REFRESH_CW, "menu-reload", "F5", viewModel::reload);
        reload.disableProperty().bind(viewModel.loadingProperty().or(viewModel.currentProperty().isNull()));
        BooleanBinding noTab = viewModel.tabs().selectedProperty().isNull();
        MenuItem save = item("Save", Feather.SAVE, "menu-save", "Shortcut+S", viewModel::save);
        save.disableProperty().bind(noTab);
        MenuItem saveAll = item("Save All", Feather.SAVE, "menu-save-all", "Shortcut+Shift+S", viewModel::saveAll);
        MenuItem revert = item("Revert", Feather.ROTATE_CCW, "menu-revert", null, viewModel::revert);
        revert.disableProperty().bind(noTab);
        MenuItem close = item("Close Tab", Feather.X, "menu-close-tab", "Shortcut+W", viewModel::closeTab);
        close.disableProperty().bind(noTab);
        MenuItem quit = item("Quit", Feather.LOG_OUT, "menu-quit", "Shortcut+Q", viewModel::quit);
        Menu file = new Menu("File", null, newAgent, newSkill, open, recentMenu(viewModel), reload, new SeparatorMenuItem(), save, saveAll, revert, close,
                new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return file;
    }

    /** File > Export…: the open workspace's agents for Claude Code or another tool, reviewed before writing. */
    private MenuItem exportItem(MainWindowViewModel viewModel, ExportDialogs exports) {
        MenuItem export = item("Export…", Feather.UPLOAD, "menu-export", "Shortcut+Shift+E", () -> exports.show(getScene().getWindow(),
                viewModel.currentProperty().get().root(), viewModel.tabs().dirtyPaths().size()));
        export.disableProperty().bind(viewModel.loadingProperty().or(viewModel.currentProperty().isNull()));
        return export;
    }

    /** File > Import Agents…: other tools' agents as Claude Code files, into the workspace's .claude/agents. */
    private MenuItem importItem(MainWindowViewModel viewModel, ImportDialogs imports) {
        MenuItem importAgents = item("Import Agents…", Feather.DOWNLOAD, "menu-import", null, () -> imports.show(getScene().getWindow(),
                viewModel.currentProperty().get().root(), viewModel::reload));
        importAgents.disableProperty().bind(viewModel.loadingProperty().or(viewModel.currentProperty().isNull()));
        return importAgents;
    }

    /** File > Open Recent, rebuilt whenever the ViewModel's list changes. */
    private static Menu recentMenu(MainWindowViewModel viewModel) {
        Menu recent = withIcon(new Menu("Open Recent"), Feather.CLOCK);
        recent.setId("menu-open-recent");
        Runnable rebuild = () -> recent.getItems().setAll(viewModel.recentWorkspaces().stream().map(folder -> {
            MenuItem item = item(folder.toString(), null, null, null, () -> viewModel.openFolder(folder));
            // A folder name's underscore is part of the name, not a keyboard mnemonic.
            item.setMnemonicParsing(false);
            return item;
        }).toList());
        viewModel.recentWorkspaces().addListener((ListChangeListener<Path>) change -> rebuild.run());
        rebuild.run();
        recent.disableProperty().bind(viewModel.loadingProperty().or(Bindings.isEmpty(viewModel.recentWorkspaces())));
        return recent;
    }

    private static Menu editMenu(MainWindowViewModel viewModel, Supplier<Optional<BodyEditorPane>> selectedBody) {
        MenuItem undo = item("Undo", Feather.CORNER_UP_LEFT, "menu-undo", "Shortcut+Z", viewModel::undo);
        MenuItem redo = item("Redo", Feather.CORNER_UP_RIGHT, "menu-redo", "Shortcut+Shift+Z", viewModel::redo);
        MenuItem redoY = item("Redo", null, "menu-redo-y", "Shortcut+Y", viewModel::redo);
        redoY.setVisible(false);
        undo.textProperty().bind(viewModel.undoTextProperty());
        undo.disableProperty().bind(viewModel.canUndoProperty().not());
        redo.textProperty().bind(viewModel.redoTextProperty());
        redo.disableProperty().bind(viewModel.canRedoProperty().not());
        redoY.disableProperty().bind(viewModel.canRedoProperty().not());
        BooleanBinding noTab = viewModel.tabs().selectedProperty().isNull();
        MenuItem find = item("Find…", Feather.SEARCH, "menu-find", "Shortcut+F", () -> selectedBody.get().ifPresent(BodyEditorPane::showFind));
        find.disableProperty().bind(noTab);
        MenuItem replace = item("Replace…", null, "menu-replace", "Shortcut+H", () -> selectedBody.get().ifPresent(BodyEditorPane::showReplace));
        replace.disableProperty().bind(noTab);
        MenuItem goToLine = item("Go to Line…", null, "menu-go-to-line", "Shortcut+L", () -> selectedBody.get().ifPresent(BodyEditorPane::showGoToLine));
        goToLine.disableProperty().bind(noTab);
        return new Menu("Edit", null, undo, redo, redoY, new SeparatorMenuItem(), find, replace, goToLine);
    }

    private static Menu helpMenu(MainWindowViewModel viewModel) {
        MenuItem shortcuts = item("Keyboard Shortcuts", Feather.COMMAND, "menu-shortcuts", null, viewModel::showShortcuts);
        MenuItem rules = item("Rules Reference", Feather.BOOK_OPEN, "menu-rules", null, viewModel::showRulesReference);
        MenuItem log = item("Show Log", Feather.FILE_TEXT, "menu-show-log", null, viewModel::showLog);
        MenuItem about = item("About Agent Studio", Feather.INFO, "menu-about", null, viewModel::showAbout);
        Menu help = new Menu("Help", null, shortcuts, rules, new SeparatorMenuItem(), log, about);
        help.setId("menu-help");
        return help;
    }

    private static Menu viewMenu(MainWindowViewModel viewModel) {
        PreferencesViewModel preferences = viewModel.preferences();
        WindowLayout layout = viewModel.layout();
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("menu-dark");
        dark.selectedProperty().bindBidirectional(preferences.darkThemeProperty());
        CheckMenuItem sideBySide = new CheckMenuItem("Form Beside Body");
        FittedToggles.bind(sideBySide, layout.sideBySide());
        CheckMenuItem preview = new CheckMenuItem("Show Preview");
        FittedToggles.bind(preview, layout.preview());
        CheckMenuItem wrap = new CheckMenuItem("Wrap Long Lines");
        wrap.selectedProperty().bindBidirectional(preferences.wrapTextProperty());
        CheckMenuItem problems = new CheckMenuItem("Problems");
        problems.setId("menu-problems");
        problems.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+M"));
        FittedToggles.bind(problems, layout.problems());
        CheckMenuItem list = withIcon(new CheckMenuItem("Agent List"), Feather.LIST);
        list.setId("menu-list");
        list.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        FittedToggles.bind(list, layout.list());
        MenuItem settings = item("Preferences…", Feather.SETTINGS, "menu-preferences", "Shortcut+Comma",
                () -> new PreferencesDialog(preferences).showAndWait());
        CheckMenuItem graph = withIcon(new CheckMenuItem("Team Graph"), Feather.SHARE_2);
        graph.setId("menu-graph");
        graph.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+G"));
        graph.selectedProperty().bindBidirectional(viewModel.graph().shownProperty());
        return new Menu("View", null, graph, list, problems, new SeparatorMenuItem(), graphFocusItem(viewModel.graph()),
                graphAnalysesItem(viewModel.graph()), new SeparatorMenuItem(), userAgentsItem(viewModel), new SeparatorMenuItem(),
                dark, sideBySide, preview, wrap, new SeparatorMenuItem(), settings);
    }

    /**
     * View > Include User Agents: the user's own agents (~/.claude/agents, ...) beside the workspace's, remembered per
     * workspace. The check mark shows what is loaded: it changes once the workspace has opened again.
     */
    private static CheckMenuItem userAgentsItem(MainWindowViewModel viewModel) {
        CheckMenuItem userAgents = withIcon(new CheckMenuItem("Include User Agents (~/.claude/agents, …)"), Feather.USER);
        userAgents.setId("menu-user-agents");
        userAgents.setOnAction(event -> {
            boolean wanted = userAgents.isSelected();
            userAgents.setSelected(viewModel.userAgentsShownProperty().get());
            viewModel.includeUserAgents(wanted);
        });
        viewModel.userAgentsShownProperty().addListener((observable, was, shown) -> userAgents.setSelected(shown));
        userAgents.disableProperty().bind(viewModel.currentProperty().isNull());
        return userAgents;
    }

    /**
     * View > Focus on Selected Agent: the graph's focus mode (F on the canvas). The key is not an accelerator of the
     * item: a plain letter would fire while typing in a text field.
     */
    private static CheckMenuItem graphFocusItem(GraphViewModel graph) {
        CheckMenuItem focus = withIcon(new CheckMenuItem("Focus on Selected Agent (F in the graph)"), Feather.TARGET);
        focus.setId("menu-graph-focus");
        focus.setOnAction(event -> {
            graph.toggleFocus();
            focus.setSelected(graph.focusedNodeProperty().get() != null);
        });
        graph.focusedNodeProperty().addListener((observable, was, now) -> focus.setSelected(now != null));
        focus.disableProperty().bind(graph.shownProperty().not());
        return focus;
    }

    /** View > Analyses Panel: the list of cycles, chains too deep, agents nobody hands work to, missing agents. */
    private static CheckMenuItem graphAnalysesItem(GraphViewModel graph) {
        CheckMenuItem analyses = withIcon(new CheckMenuItem("Analyses Panel"), Feather.ALERT_TRIANGLE);
        analyses.setId("menu-graph-analyses");
        analyses.selectedProperty().bindBidirectional(graph.analysesPanel().openProperty());
        analyses.disableProperty().bind(graph.shownProperty().not());
        return analyses;
    }

    private static MenuItem item(String text, Feather icon, String id, String accelerator, Runnable action) {
        MenuItem item = withIcon(new MenuItem(text), icon);
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    /** The icon a menu item shows, made by {@link #iconsWhenFirstShown} (null: none). */
    private static <T extends MenuItem> T withIcon(T item, Feather icon) {
        item.getProperties().put(Feather.class, icon);
        return item;
    }

    /**
     * Gives the items of {@code menu} their icons as it first opens: none shows in the first frame, which the two
     * dozen icon nodes (each setting its font) delayed when they were made with the menus (ADR 17). The items
     * themselves, with their shortcuts, exist from the start.
     */
    private static void iconsWhenFirstShown(Menu menu) {
        menu.addEventHandler(Menu.ON_SHOWING, new EventHandler<Event>() {
            @Override
            public void handle(Event event) {
                menu.removeEventHandler(Menu.ON_SHOWING, this);
                for (MenuItem item : menu.getItems()) {
                    if (item.getProperties().get(Feather.class) instanceof Feather icon && item.getGraphic() == null) {
                        item.setGraphic(new FontIcon(icon));
                    }
                }
            }
        });
    }

    /** A folder dropped anywhere on the window opens as the workspace. */
    private void acceptDroppedFolders(MainWindowViewModel viewModel) {
        setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().stream().anyMatch(File::isDirectory)) {
                event.acceptTransferModes(TransferMode.LINK);
            }
            event.consume();
        });
        setOnDragDropped(event -> {
            event.getDragboard().getFiles().stream().filter(File::isDirectory).findFirst()
                    .ifPresent(folder -> viewModel.openFolder(folder.toPath()));
            event.setDropCompleted(true);
            event.consume();
        });
    }

    /** Covers the panels while a workspace loads, so nobody edits a list that is about to be replaced. */
    private static VBox loadingVeil(MainWindowViewModel viewModel) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("loading-progress");
        Label text = new Label();
        text.textProperty().bind(viewModel.status().messageProperty());
        VBox veil = new VBox(progress, text);
        veil.getStyleClass().add("loading-veil");
        veil.visibleProperty().bind(viewModel.loadingProperty());
        return veil;
    }
}
