package io.agentstudio.gui;

/** The answer to "save your changes?" when closing something with unsaved edits. */
public enum SaveChoice { SAVE, DISCARD, CANCEL }
