package io.agentstudio.gui.common;

import javafx.scene.Parent;
import org.fxmisc.richtext.CodeArea;

import java.util.Objects;

/** The look the body editor and the Source share: one stylesheet for the code area, Markdown and problem underlines. */
public final class MarkdownArea {
    private static final String STYLESHEET = "/io/agentstudio/gui/common/markdown-area.css";

    private MarkdownArea() {
    }

    /** Gives {@code area} the shared look; the stylesheet goes on {@code view}, beside the view's own. */
    public static void style(CodeArea area, Parent view) {
        area.getStyleClass().add("markdown-area");
        view.getStylesheets().add(Objects.requireNonNull(MarkdownArea.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }
}
