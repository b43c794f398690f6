package io.agentstudio.gui.shell;

import io.agentstudio.gui.agentlist.AgentListView;
import io.agentstudio.gui.editor.SourceView;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The studio window's layout: menu, agent table beside the file's text, status bar, and a loading veil. */
public final class MainWindowView extends BorderPane {

    public MainWindowView(MainWindowViewModel viewModel) {
        getStyleClass().add("main-window");
        setTop(menuBar(viewModel));

        SplitPane split = new SplitPane(new AgentListView(viewModel.agentList()), new SourceView(viewModel.source()));
        split.setDividerPositions(0.56);
        setCenter(new StackPane(split, loadingVeil(viewModel)));
        setBottom(new StatusBarView(viewModel.status()));
    }

    private static MenuBar menuBar(MainWindowViewModel viewModel) {
        MenuItem open = new MenuItem("Open Workspace…", new FontIcon(Feather.FOLDER));
        open.setId("menu-open");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(event -> viewModel.openWorkspace());
        open.disableProperty().bind(viewModel.loadingProperty());

        MenuItem reload = new MenuItem("Reload", new FontIcon(Feather.REFRESH_CW));
        reload.setId("menu-reload");
        reload.setAccelerator(KeyCombination.keyCombination("F5"));
        reload.setOnAction(event -> viewModel.reload());
        reload.disableProperty().bind(viewModel.loadingProperty().or(viewModel.currentProperty().isNull()));

        MenuItem quit = new MenuItem("Quit", new FontIcon(Feather.LOG_OUT));
        quit.setId("menu-quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(event -> viewModel.quit());

        Menu file = new Menu("File", null, open, reload, new SeparatorMenuItem(), quit);
        file.setId("menu-file");
        return new MenuBar(file);
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
