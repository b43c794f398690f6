package io.agentstudio.gui.export;

import io.agentstudio.gui.DialogService;
import io.agentstudio.logic.export.ExportService;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/** Opens the export dialog for a workspace, with the services the composition root made once. */
public final class ExportDialogs {
    private final ExportService service;
    private final DialogService dialogs;
    private final FolderOpener folders;
    private final Executor background;
    private final Executor ui;

    public ExportDialogs(ExportService service, DialogService dialogs, FolderOpener folders, Executor background, Executor ui) {
        this.service = service;
        this.dialogs = dialogs;
        this.folders = folders;
        this.background = background;
        this.ui = ui;
    }

    /** The dialog's ViewModel for a workspace, its last choices being read. */
    public ExportViewModel viewModel(Path workspace, int unsavedTabs) {
        ExportViewModel viewModel = new ExportViewModel(workspace, unsavedTabs, service, dialogs, folders, background, ui);
        viewModel.load();
        return viewModel;
    }

    /** Shows the dialog (not waiting for it to close) and returns its window. */
    public ExportDialog show(Window owner, Path workspace, int unsavedTabs) {
        ExportDialog dialog = new ExportDialog(owner, viewModel(workspace, unsavedTabs));
        dialog.show();
        return dialog;
    }
}
