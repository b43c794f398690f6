package io.agentstudio.logic.export;

/** Hears how far an export is; called on the exporting thread. */
@FunctionalInterface
public interface ExportProgress {
    ExportProgress NONE = (step, fraction) -> { };

    /** @param fraction 0 to 1 */
    void at(String step, double fraction);
}
