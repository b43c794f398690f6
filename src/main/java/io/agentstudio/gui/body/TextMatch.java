package io.agentstudio.gui.body;

/** Where the find bar found its text: {@code [start, end)} in the editor's text. */
public record TextMatch(int start, int end) {
}
