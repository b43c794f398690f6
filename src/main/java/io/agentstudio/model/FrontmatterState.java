package io.agentstudio.model;

/** Whether a file has a YAML frontmatter block and whether that block is well delimited. */
public enum FrontmatterState {
    /** The file does not start with a {@code ---} line. */
    NONE,
    /** Opened and closed; the YAML between the fences may still fail to parse. */
    CLOSED,
    /** Opened by {@code ---} but never closed: the whole file is kept as text. */
    UNCLOSED
}
