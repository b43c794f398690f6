package io.agentstudio.logic.export;

/**
 * The export dialog's last choices for one workspace, so the next export starts where the last one left off.
 *
 * @param destination the destination folder as text (empty when none was chosen)
 * @param zip         the zip file as text (empty for none)
 */
public record ExportChoices(String target, String destination, boolean clean, boolean force, String zip) {

    public ExportChoices {
        target = target == null || ExportTarget.fromId(target).isEmpty() ? ExportTarget.CLAUDE.id() : target;
        destination = destination == null ? "" : destination;
        zip = zip == null ? "" : zip;
    }

    public static ExportChoices none() {
        return new ExportChoices(ExportTarget.CLAUDE.id(), "", false, false, "");
    }
}
