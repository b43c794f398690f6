package io.agentstudio.gui.shell;

import io.agentstudio.gui.body.BodyEditorPane;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.SkillFilesViewModel;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.form.FormViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One tab per open agent, with an unsaved-changes dot in its title; closing asks through the ViewModel. */
final class EditorTabsView extends StackPane {
    private final TabPane tabPane = new TabPane();
    private final Map<AgentEditorViewModel, Tab> tabs = new HashMap<>();

    /**
     * @param firstRun    true while the workspace has no agent: the empty area then welcomes instead of explaining
     *                    how to open one
     * @param createAgent the welcome's "Create your first agent"
     */
    EditorTabsView(EditorTabsViewModel viewModel, EditorPanes panes, PreferencesViewModel preferences, WindowLayout layout,
                   Function<AgentEditorViewModel, FormViewModel> forms, Function<AgentEditorViewModel, EditorProblems> problems,
                   Function<AgentEditorViewModel, Optional<SkillFilesViewModel>> skillFiles,
                   ObservableBooleanValue firstRun, Runnable createAgent) {
        tabPane.setId("editor-tabs");
        tabPane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        BooleanBinding noTab = Bindings.isEmpty(viewModel.editors());
        Label empty = new Label("Double-click an agent, or select it and press Enter, to open it here.");
        empty.getStyleClass().add("text-muted");
        empty.visibleProperty().bind(noTab.and(Bindings.not(firstRun)));
        WelcomePanel welcome = new WelcomePanel(createAgent);
        welcome.visibleProperty().bind(noTab.and(firstRun));
        getChildren().addAll(tabPane, empty, welcome);

        viewModel.editors().addListener((ListChangeListener<AgentEditorViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(editor -> {
                    Tab closed = tabs.remove(editor);
                    tabPane.getTabs().remove(closed);
                    ((AgentTabView) closed.getContent()).dispose();
                });
                change.getAddedSubList().forEach(editor -> {
                    Tab tab = tab(viewModel, editor, panes, preferences, layout, forms.apply(editor), problems.apply(editor),
                            skillFiles.apply(editor));
                    tabs.put(editor, tab);
                    tabPane.getTabs().add(tab);
                });
            }
        });
        viewModel.selectedProperty().addListener((observable, before, editor) -> {
            if (editor != null && tabs.containsKey(editor)) {
                tabPane.getSelectionModel().select(tabs.get(editor));
            }
        });
        tabPane.getSelectionModel().selectedItemProperty().addListener((observable, before, tab) -> {
            if (tab != null) {
                viewModel.selectedProperty().set((AgentEditorViewModel) tab.getUserData());
            }
        });
    }

    /** The selected tab's body editor while it shows one: Edit > Find and Replace work on it. */
    Optional<BodyEditorPane> selectedBody() {
        Tab tab = tabPane.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(tab).map(shown -> shown.getContent().lookup(".body-editor"))
                .filter(BodyEditorPane.class::isInstance).map(BodyEditorPane.class::cast);
    }

    private static Tab tab(EditorTabsViewModel viewModel, AgentEditorViewModel editor, EditorPanes panes,
                           PreferencesViewModel preferences, WindowLayout layout, FormViewModel form,
                           EditorProblems problems, Optional<SkillFilesViewModel> skillFiles) {
        Tab tab = new Tab();
        tab.setUserData(editor);
        // A user agent's file is shared by every project: its tab says so before any edit, not only at the save.
        String prefix = editor.isUserAgent() ? "user · " : "";
        tab.textProperty().bind(Bindings.when(editor.dirtyProperty()).then(Bindings.concat("● ", prefix, editor.titleProperty()))
                .otherwise(Bindings.concat(prefix, editor.titleProperty())));
        if (editor.isUserAgent()) {
            tab.setTooltip(new Tooltip("User agent, read by every project: " + editor.path()));
        }
        tab.setContent(new AgentTabView(editor, form, panes, preferences, layout, problems, skillFiles));
        tab.setOnCloseRequest(event -> {
            event.consume();
            viewModel.close(editor);
        });
        return tab;
    }
}
