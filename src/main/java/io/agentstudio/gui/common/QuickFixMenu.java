package io.agentstudio.gui.common;

import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.List;

/** The quick fixes of a place as a menu: from a marker, a problem row, or Ctrl+1. */
public final class QuickFixMenu {
    /** Ctrl+1 (Cmd+1): the fix of the problem at the caret, the focused field or the selected row. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN);

    private QuickFixMenu() {
    }

    /** A menu item per action; a single disabled "No quick fix" item when there is none. */
    public static ContextMenu of(List<FixAction> actions) {
        ContextMenu menu = new ContextMenu();
        menu.setId("quick-fix-menu");
        if (actions.isEmpty()) {
            MenuItem none = new MenuItem("No quick fix here");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (int i = 0; i < actions.size(); i++) {
            FixAction action = actions.get(i);
            MenuItem item = new MenuItem(action.title());
            item.setId("quick-fix-" + i);
            // Backticks and underscores in titles are code, not mnemonics.
            item.setMnemonicParsing(false);
            item.setOnAction(event -> action.apply());
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Shows the menu below {@code anchor}. */
    public static void show(List<FixAction> actions, Node anchor) {
        of(actions).show(anchor, Side.BOTTOM, 0, 0);
    }

    /**
     * The keyboard way: a single fix is applied at once (the shortcut was the request, and Undo takes it back);
     * several, or none, are shown as a menu at {@code screenBounds} (the caret) or below {@code anchor}.
     */
    public static void offer(List<FixAction> actions, Node anchor, Bounds screenBounds) {
        if (actions.size() == 1) {
            actions.get(0).apply();
            return;
        }
        ContextMenu menu = of(actions);
        if (screenBounds != null) {
            menu.show(anchor, screenBounds.getMinX(), screenBounds.getMaxY());
        } else {
            menu.show(anchor, Side.BOTTOM, 0, 0);
        }
    }
}
