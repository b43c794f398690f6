package io.agentstudio.logic.export;

/**
 * Turns a workspace's agents into the files one target reads, and says per agent and field what became of each.
 * Exporters only compute: the files are checked, staged and written by {@link ExportService}.
 */
public interface Exporter {

    ExportTarget target();

    ExporterOutput export(ExportSource source);
}
