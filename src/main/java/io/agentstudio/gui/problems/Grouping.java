package io.agentstudio.gui.problems;

/** How the problems pane groups its rows. */
public enum Grouping {
    /** One group per file, in path order. */
    BY_AGENT,
    /** One group per rule, in rule id order. */
    BY_RULE
}
