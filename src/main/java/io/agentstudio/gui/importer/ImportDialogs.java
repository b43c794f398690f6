package io.agentstudio.gui.importer;

import io.agentstudio.gui.DialogService;
import io.agentstudio.logic.importer.ImportService;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/** Opens the import dialog for a workspace, with the services the composition root made once. */
public final class ImportDialogs {
    private final ImportService service;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;

    public ImportDialogs(ImportService service, DialogService dialogs, Executor background, Executor ui) {
        this.service = service;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
    }

    /** @param onImported runs after an import wrote files (the studio reads the workspace again) */
    public ImportViewModel viewModel(Path workspace, Runnable onImported) {
        return new ImportViewModel(workspace, service, dialogs, background, ui, onImported);
    }

    /** Shows the dialog (not waiting for it to close) and returns its window. */
    public ImportDialog show(Window owner, Path workspace, Runnable onImported) {
        ImportDialog dialog = new ImportDialog(owner, viewModel(workspace, onImported));
        dialog.show();
        return dialog;
    }
}
