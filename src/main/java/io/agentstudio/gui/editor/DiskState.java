package io.agentstudio.gui.editor;

/** How an open agent's file on disk relates to the text the editor started from. */
public enum DiskState {
    /** The disk holds the baseline (or what was last saved). */
    IN_SYNC,
    /** Another program changed the file while the tab had unsaved edits; the user has not chosen yet. */
    CHANGED_ON_DISK,
    /** The user chose to keep their edits over the other program's change; the next save overwrites. */
    KEEPING_MINE,
    /** The file is gone from disk; the next save writes it back. */
    DELETED_ON_DISK
}
