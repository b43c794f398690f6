package io.agentstudio.gui.export;

import io.agentstudio.gui.DialogService;
import io.agentstudio.logic.export.ExportChoices;
import io.agentstudio.logic.export.ExportChoicesStore;
import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportReportText;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.PluginInfo;
import io.agentstudio.logic.export.PluginInfoStore;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.model.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The export dialog: target, destination and options; a review (a dry run whose report the user reads) that must
 * come before writing; the export itself with its progress; and the folder to open at the end. The choices are
 * remembered per workspace. Disk work runs on {@code background}; properties change on {@code ui} only.
 */
public final class ExportViewModel {
    private final Path workspace;
    private final ExportService service;
    private final DialogService dialogs;
    private final FolderOpener folders;
    private final Executor background;
    private final Executor ui;
    private final ExportChoicesStore choicesStore;
    private final PluginInfoStore pluginStore;
    private final PluginFormViewModel plugin = new PluginFormViewModel();
    /** The last export's choices: its folder is offered again whenever its target is chosen. */
    private ExportChoices remembered = ExportChoices.none();
    /** True once the user typed or chose a folder: it then stays whatever the target. */
    private boolean ownDestination;
    private boolean suggesting;

    // Properties
    private final ObjectProperty<ExportTarget> target = new SimpleObjectProperty<>(this, "target", ExportTarget.CLAUDE);
    private final StringProperty destination = new SimpleStringProperty(this, "destination", "");
    private final StringProperty zip = new SimpleStringProperty(this, "zip", "");
    private final BooleanProperty clean = new SimpleBooleanProperty(this, "clean", false);
    private final BooleanProperty force = new SimpleBooleanProperty(this, "force", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyObjectWrapper<ExportReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyBooleanWrapper reviewed = new ReadOnlyBooleanWrapper(this, "reviewed", false);
    private final ReadOnlyObjectWrapper<Path> exportedFolder = new ReadOnlyObjectWrapper<>(this, "exportedFolder");
    private final ReadOnlyStringWrapper unsavedNote = new ReadOnlyStringWrapper(this, "unsavedNote", "");
    private final BooleanBinding canReview;
    private final BooleanBinding canExport;

    public ExportViewModel(Path workspace, int unsavedTabs, ExportService service, DialogService dialogs, FolderOpener folders,
                           Executor background, Executor ui) {
        this.workspace = workspace;
        this.service = service;
        this.dialogs = dialogs;
        this.folders = folders;
        this.background = background;
        this.ui = ui;
        StudioStateDirectory state = new StudioStateDirectory(workspace);
        this.choicesStore = new ExportChoicesStore(state);
        this.pluginStore = new PluginInfoStore(state);
        if (unsavedTabs > 0) {
            unsavedNote.set(unsavedTabs + (unsavedTabs == 1 ? " agent has" : " agents have")
                    + " unsaved edits; the export reads the files as saved.");
        }
        canReview = Bindings.createBooleanBinding(() -> !busy.get() && (!destination.get().isBlank() || !zip.get().isBlank()),
                busy, destination, zip);
        canExport = Bindings.createBooleanBinding(() -> !busy.get() && reviewed.get() && lastReport.get() != null
                && lastReport.get().wouldExport(), busy, reviewed, lastReport);
        List<ObservableValue<?>> choices = new ArrayList<>(List.of(target, destination, zip, clean, force));
        choices.addAll(plugin.values());
        choices.forEach(value -> value.addListener((observable, before, after) -> choicesChanged()));
        destination.addListener((observable, before, after) -> ownDestination |= !suggesting);
        target.addListener((observable, before, after) -> targetChanged(after));
        summary.set("Choose a target and a folder, then review what the export would do.");
    }

    public ObjectProperty<ExportTarget> targetProperty() {
        return target;
    }

    public List<ExportTarget> targets() {
        return List.of(ExportTarget.values());
    }

    /** The folder to export into: the last one used for the target, or a new folder beside the workspace. */
    public StringProperty destinationProperty() {
        return destination;
    }

    /** A zip file to write as well; blank for none. */
    public StringProperty zipProperty() {
        return zip;
    }

    public BooleanProperty cleanProperty() {
        return clean;
    }

    /** Export despite errors; the report records it. */
    public BooleanProperty forceProperty() {
        return force;
    }

    public PluginFormViewModel plugin() {
        return plugin;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** One line: what to do next, or what the last review or export found. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The last report as text (files with diffs, agents and fields, problems, notes). */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** True while the report shown is a review of the current choices. */
    public ReadOnlyBooleanProperty reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    /** The folder written by the last export, for "open folder"; null before. */
    public ReadOnlyObjectProperty<Path> exportedFolderProperty() {
        return exportedFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unsavedNoteProperty() {
        return unsavedNote.getReadOnlyProperty();
    }

    public BooleanBinding canReviewProperty() {
        return canReview;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    // Commands

    /** Fills the dialog with the workspace's last choices and plugin metadata (read in the background). */
    public void load() {
        busy.set(true);
        background.execute(() -> {
            ExportChoices choices;
            PluginInfo info;
            try {
                choices = choicesStore.read();
                info = pluginStore.read().orElse(PluginInfo.defaultsFor(folderName()));
            } catch (IOException e) {
                choices = ExportChoices.none();
                info = PluginInfo.defaultsFor(folderName());
            }
            ExportChoices last = choices;
            PluginInfo kept = info;
            ui.execute(() -> {
                remembered = last;
                target.set(ExportTarget.fromId(last.target()).orElse(ExportTarget.CLAUDE));
                suggestDestination();
                zip.set(last.zip());
                clean.set(last.clean());
                force.set(last.force());
                plugin.show(kept);
                busy.set(false);
            });
        });
    }

    public void chooseDestination() {
        Path initial = destination.get().isBlank() ? workspace : Path.of(destination.get().strip());
        dialogs.chooseFolder("Export Into", initial).ifPresent(folder -> destination.set(folder.toString()));
    }

    /** A dry run of the current choices; its report is shown and must be read before exporting. */
    public void review() {
        if (!canReview.get()) {
            return;
        }
        run(request().asDryRun());
    }

    /** Writes the reviewed export. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        run(request());
    }

    public void openFolder() {
        Path folder = exportedFolder.get();
        if (folder == null) {
            return;
        }
        background.execute(() -> {
            try {
                folders.open(folder);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> dialogs.showError("Open Folder", "The folder " + folder + " could not be opened: " + e.getMessage()));
            }
        });
    }

    private ExportRequest request() {
        Path folder = destination.get().isBlank() ? null : workspace.resolve(destination.get().strip());
        Path zipFile = zip.get().isBlank() ? null : workspace.resolve(zip.get().strip());
        PluginInfo info = target.get() == ExportTarget.CLAUDE_PLUGIN ? plugin.info() : null;
        return new ExportRequest(workspace, target.get(), folder, zipFile, false, force.get(), clean.get(), Severity.ERROR, info);
    }

    private void run(ExportRequest request) {
        busy.set(true);
        progress.set(0);
        ExportChoices choices = new ExportChoices(request.target().id(), destination.get().strip(), clean.get(), force.get(), zip.get().strip());
        background.execute(() -> {
            try {
                ExportReport result = service.run(request, (name, fraction) -> ui.execute(() -> {
                    step.set(name);
                    progress.set(fraction);
                }));
                remember(choices);
                ui.execute(() -> show(request, result));
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> failed(e));
            }
        });
    }

    private void remember(ExportChoices choices) {
        try {
            choicesStore.write(choices);
        } catch (IOException e) {
            // Only the convenience of finding these choices next time is lost.
        }
    }

    private void show(ExportRequest request, ExportReport result) {
        lastReport.set(result);
        report.set(ExportReportText.render(result));
        reviewed.set(request.dryRun());
        summary.set(headline(request, result));
        if (!request.dryRun() && result.outcome() != ExportReport.Outcome.BLOCKED && request.destination() != null) {
            exportedFolder.set(request.destination());
        }
        step.set("");
        busy.set(false);
    }

    private static String headline(ExportRequest request, ExportReport result) {
        String summary = ExportReportText.summary(result);
        if (!request.dryRun()) {
            return capitalised(summary) + ".";
        }
        if (!result.wouldExport()) {
            boolean forceable = result.problems().stream().allMatch(p -> p.forceable());
            return "Review: " + summary + ". " + (forceable ? "Fix the problems, or tick \"Export despite errors\"." : "Fix the problems listed below.");
        }
        return "Review: " + summary + ". Export writes exactly this.";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void failed(Exception e) {
        lastReport.set(null);
        reviewed.set(false);
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        summary.set("The export failed: " + message);
        step.set("");
        busy.set(false);
    }

    /**
     * A report and a folder chosen for another target mislead: the report goes, and the folder follows the target
     * unless the user gave their own.
     */
    private void targetChanged(ExportTarget chosen) {
        suggestDestination();
        if (!report.get().isEmpty() || lastReport.get() != null) {
            report.set("");
            lastReport.set(null);
            summary.set("The target changed to " + chosen.displayName() + ": review the export again before writing it.");
        }
    }

    private void suggestDestination() {
        if (ownDestination) {
            return;
        }
        ExportTarget chosen = target.get();
        boolean usedBefore = chosen.id().equals(remembered.target()) && !remembered.destination().isBlank();
        Path beside = workspace.toAbsolutePath().getParent();
        String fresh = (beside == null ? workspace.toAbsolutePath() : beside).resolve(folderName() + "-" + chosen.id()).toString();
        suggesting = true;
        destination.set(usedBefore ? remembered.destination() : fresh);
        suggesting = false;
    }

    /** Any change of choice makes the review stale: the export writes only what was reviewed. */
    private void choicesChanged() {
        if (reviewed.get()) {
            reviewed.set(false);
            summary.set("The choices changed: review the export again before writing it.");
        }
        exportedFolder.set(null);
    }

    private String folderName() {
        return workspace.getFileName() == null ? "agents" : workspace.getFileName().toString();
    }
}
