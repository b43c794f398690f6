package io.agentstudio.gui.importer;

import io.agentstudio.gui.DialogService;
import io.agentstudio.logic.importer.ImportReport;
import io.agentstudio.logic.importer.ImportReportText;
import io.agentstudio.logic.importer.ImportRequest;
import io.agentstudio.logic.importer.ImportService;
import io.agentstudio.logic.importer.ImportSource;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * File > Import Agents…: a folder of another tool's agents (the tool guessed from it), the folder the Claude Code files
 * go to (the workspace's {@code .claude/agents}), and whether files there may be replaced. Review runs the import as a
 * dry run and shows its per-field report; Import writes, shows the report and has the workspace read again so the new
 * agents appear in the list. Disk work runs on {@code background}; properties change on {@code ui} only.
 */
public final class ImportViewModel {
    private final Path workspace;
    private final ImportService service;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private final Runnable onImported;

    private final StringProperty source = new SimpleStringProperty(this, "source", "");
    private final ObjectProperty<ImportSource> tool = new SimpleObjectProperty<>(this, "tool");
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final BooleanProperty overwrite = new SimpleBooleanProperty(this, "overwrite", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final BooleanBinding canRun;

    /** @param onImported runs on {@code ui} after an import wrote at least one file (the studio reads the workspace again) */
    public ImportViewModel(Path workspace, ImportService service, DialogService dialogs, Executor background, Executor ui,
                           Runnable onImported) {
        this.workspace = workspace;
        this.service = service;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
        this.onImported = onImported;
        destination.set(workspace.resolve(".claude").resolve("agents").toString());
        canRun = Bindings.createBooleanBinding(() -> !busy.get() && !source.get().isBlank() && tool.get() != null
                && !destination.get().isBlank(), busy, source, tool, destination);
        source.addListener((observable, before, after) -> {
            guessTool(after);
            choicesChanged();
        });
        tool.addListener((observable, before, after) -> choicesChanged());
        destination.addListener((observable, before, after) -> choicesChanged());
        overwrite.addListener((observable, before, after) -> choicesChanged());
        summary.set("Choose a folder of OpenCode, Copilot, Gemini CLI, Codex or Cursor agents, or a Claude Code plugin.");
    }

    public StringProperty sourceProperty() {
        return source;
    }

    /** The tool the source's agents were written for: guessed when a source is chosen, and the user's to change. */
    public ObjectProperty<ImportSource> toolProperty() {
        return tool;
    }

    public List<ImportSource> tools() {
        return List.of(ImportSource.values());
    }

    /** The folder the Claude Code files go into; the workspace's {@code .claude/agents} unless the user changes it. */
    public StringProperty destinationProperty() {
        return destination;
    }

    public BooleanProperty overwriteProperty() {
        return overwrite;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The per-field report of the last review or import. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public void chooseSource() {
        Path initial = source.get().isBlank() ? workspace.getParent() : pathOrNull(source.get());
        dialogs.chooseFolder("Import agents from", initial).ifPresent(folder -> source.set(folder.toString()));
    }

    public void chooseDestination() {
        dialogs.chooseFolder("Write the Claude Code agents into", pathOrNull(destination.get()))
                .ifPresent(folder -> destination.set(folder.toString()));
    }

    /** A dry run: the report of what the import would write, nothing written. */
    public void review() {
        run(true);
    }

    /** Writes the agents that can be imported and shows the report. */
    public void importAgents() {
        run(false);
    }

    private void run(boolean dryRun) {
        if (!canRun.get()) {
            return;
        }
        Path from = pathOrNull(source.get());
        Path into = pathOrNull(destination.get());
        if (from == null || into == null) {
            summary.set("Cannot import: " + (from == null ? source.get() : destination.get()) + " is not a path.");
            return;
        }
        ImportRequest request = new ImportRequest(from, tool.get(), into, dryRun, overwrite.get());
        busy.set(true);
        summary.set(dryRun ? "Reviewing…" : "Importing…");
        background.execute(() -> {
            try {
                ImportReport done = service.run(request);
                ui.execute(() -> finished(done));
            } catch (NoSuchFileException e) {
                ui.execute(() -> failed(e.getFile() + ": no such folder"));
            } catch (IOException e) {
                ui.execute(() -> failed(e.getMessage()));
            }
        });
    }

    private void finished(ImportReport done) {
        busy.set(false);
        lastReport.set(done);
        report.set(ImportReportText.render(done));
        summary.set(done.agents().isEmpty() ? "No " + done.from().displayName() + " agents were found in " + done.agentsFolder() + "."
                : ImportReportText.summary(done) + (done.written() ? "" : ". Import writes them."));
        if (done.written() && done.importedCount() > 0) {
            onImported.run();
        }
    }

    private void failed(String why) {
        busy.set(false);
        summary.set("Cannot import: " + why);
    }

    /**
     * Looks in the folder off the UI thread (it is typed a letter at a time, and may be on a slow disk); a guess
     * arriving after the folder changed again is dropped.
     */
    private void guessTool(String folder) {
        Path path = pathOrNull(folder);
        if (path != null) {
            background.execute(() -> {
                Optional<ImportSource> guessed = ImportSource.guess(path);
                ui.execute(() -> {
                    if (folder.equals(source.get())) {
                        guessed.ifPresent(tool::set);
                    }
                });
            });
        }
    }

    /** A report belongs to the choices it was made with. */
    private void choicesChanged() {
        if (!busy.get() && lastReport.get() != null) {
            lastReport.set(null);
            report.set("");
            summary.set("Review or import with the new choices.");
        }
    }

    private static Path pathOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : Path.of(text.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
