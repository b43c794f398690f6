package io.agentstudio.gui.shell;

import java.util.List;

/** The keys Help > Keyboard Shortcuts lists: the ones the menus show, plus those that live in a pane. */
final class Shortcuts {
    private record Key(String keys, String action) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("Ctrl+N", "New agent from a template"),
            new Key("Ctrl+O", "Open a workspace folder"),
            new Key("Ctrl+S / Ctrl+Shift+S", "Save / Save all"),
            new Key("Ctrl+W", "Close the tab"),
            new Key("Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y", "Undo / Redo (the whole workspace's history)"),
            new Key("Ctrl+F / Ctrl+H", "Find / Replace in the body"),
            new Key("Ctrl+G, Ctrl+L", "Go to a line of the body"),
            new Key("Ctrl+1", "Quick fix of the problem at the caret, field or selected row"),
            new Key("Ctrl+Shift+G", "Team graph / back to the agents"),
            new Key("Ctrl+Shift+L", "Show or hide the agent list"),
            new Key("Ctrl+Shift+M", "Show or collapse the problems pane"),
            new Key("Ctrl+Shift+E", "Export for Claude Code or another tool"),
            new Key("F2 / Delete", "Rename / delete the agent selected in the list"),
            new Key("Ctrl+Shift+O", "Turn the agent selected in the list off (it stays on disk), or on again"),
            new Key("F5", "Read the workspace from disk again"),
            new Key("Enter / double-click", "Open the selected agent, go to the selected problem"),
            new Key("Ctrl+,", "Preferences"),
            new Key("Ctrl+Q", "Quit"));

    private Shortcuts() {
    }

    static String text() {
        int width = KEYS.stream().mapToInt(key -> key.keys().length()).max().orElse(0);
        StringBuilder text = new StringBuilder();
        for (Key key : KEYS) {
            text.append(key.keys()).append(" ".repeat(width - key.keys().length() + 3)).append(key.action()).append('\n');
        }
        return text.toString().stripTrailing();
    }
}
