package io.agentstudio.logic.export;

import io.agentstudio.model.Severity;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One export as asked for.
 *
 * @param workspace   the workspace folder whose agents are exported
 * @param destination the folder to write into (created when missing), or null to write only a zip
 * @param zip         a zip file to write as well (or instead), or null
 * @param dryRun      only report what would change
 * @param force       export even when errors were found, and record that in the report
 * @param clean       remove the files the previous export wrote that this one no longer writes
 * @param failOn      the least severe validation finding that blocks the export
 * @param plugin      for a plugin export, what plugin.json says; null to use what the workspace keeps (or defaults)
 */
public record ExportRequest(Path workspace, ExportTarget target, Path destination, Path zip, boolean dryRun, boolean force,
                            boolean clean, Severity failOn, PluginInfo plugin) {

    public ExportRequest {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(target, "target");
        failOn = failOn == null ? Severity.ERROR : failOn;
        if (destination == null && zip == null) {
            throw new IllegalArgumentException("An export needs a destination folder or a zip file");
        }
    }

    /** A plain export into {@code destination}: blocked by errors, no cleaning. */
    public static ExportRequest into(Path workspace, ExportTarget target, Path destination) {
        return new ExportRequest(workspace, target, destination, null, false, false, false, Severity.ERROR, null);
    }

    public ExportRequest asDryRun() {
        return new ExportRequest(workspace, target, destination, zip, true, force, clean, failOn, plugin);
    }

    public ExportRequest forced(boolean forced) {
        return new ExportRequest(workspace, target, destination, zip, dryRun, forced, clean, failOn, plugin);
    }

    public ExportRequest cleaning(boolean cleaning) {
        return new ExportRequest(workspace, target, destination, zip, dryRun, force, cleaning, failOn, plugin);
    }

    public ExportRequest withZip(Path zipFile) {
        return new ExportRequest(workspace, target, destination, zipFile, dryRun, force, clean, failOn, plugin);
    }

    public ExportRequest withPlugin(PluginInfo info) {
        return new ExportRequest(workspace, target, destination, zip, dryRun, force, clean, failOn, info);
    }
}
