package io.agentstudio.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labels, buttons and headers under a node that JavaFX drew cut to "...", described for a test's message. Table
 * and tree cells are left out: a long description is cut there by design, and shows whole in its tooltip and in the
 * open agent.
 */
public final class CutLabels {
    private CutLabels() {
    }

    /** What the user sees cut under {@code root}, one line each ("Label#id in #parent shows "Na…" of "Name""). */
    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node.getStyleClass().contains("table-cell") || node.getStyleClass().contains("tree-table-cell")
                || node.getStyleClass().contains("table-row-cell") || node.getStyleClass().contains("tree-table-row-cell")) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
            shownText(labeled).filter(shown -> !shown.equals(labeled.getText()))
                    .ifPresent(shown -> cut.add(describe(labeled) + " shows \"" + shown + "\" of \"" + labeled.getText() + "\""));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }

    /** The text the label's skin draws (JavaFX puts the ellipsis into that text node; an icon is a Text too). */
    private static Optional<String> shownText(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(child -> child.getClass().getSimpleName().equals("LabeledText"))
                .map(child -> ((Text) child).getText())
                .findFirst();
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent.getId() != null) {
                path.append(" in #").append(parent.getId());
                break;
            }
        }
        return path.toString();
    }
}
