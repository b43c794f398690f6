package io.agentstudio.logic.startup;

/** Why a workspace is the one open: the user should always be able to tell which folder they are editing. */
public enum WorkspaceOrigin {
    /** Named on the command line. */
    ARGUMENT,
    /** Remembered from the previous session. */
    LAST_USED,
    /** The writable copy of the bundled sample. */
    SAMPLE,
    /** Picked with File > Open Workspace. */
    CHOSEN
}
