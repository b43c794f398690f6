package io.agentstudio.gui.graph;

import javafx.scene.paint.Color;

/**
 * The canvas's colours in the light and the dark theme (close to AtlantaFX Primer's, which the rest of the window uses);
 * skills and their edges in Primer's "done" purple, apart from the agents.
 */
record GraphPalette(Color background, Color nodeFill, Color nodeStroke, Color ghostFill, Color text, Color mutedText,
                    Color edge, Color mention, Color accent, Color accentFill, Color cycle, Color deep, Color match,
                    Color error, Color warning, Color info, Color skillFill, Color skillEdge) {

    static final GraphPalette LIGHT = new GraphPalette(Color.web("#f6f8fa"), Color.WHITE, Color.web("#8c959f"), Color.web("#eef1f4"),
            Color.web("#1f2328"), Color.web("#59636e"), Color.web("#57606a"), Color.web("#9aa4ae"), Color.web("#0969da"),
            Color.web("#ddf4ff"), Color.web("#cf222e"), Color.web("#bf8700"), Color.web("#fff8c5"), Color.web("#cf222e"),
            Color.web("#bf8700"), Color.web("#0969da"), Color.web("#fbefff"), Color.web("#8250df"));

    static final GraphPalette DARK = new GraphPalette(Color.web("#0d1117"), Color.web("#161b22"), Color.web("#6e7681"), Color.web("#1c2128"),
            Color.web("#e6edf3"), Color.web("#9198a1"), Color.web("#8b949e"), Color.web("#6e7681"), Color.web("#4493f8"),
            Color.web("#1f3a5f"), Color.web("#f85149"), Color.web("#d29922"), Color.web("#3b3000"), Color.web("#f85149"),
            Color.web("#d29922"), Color.web("#4493f8"), Color.web("#231c33"), Color.web("#ab7df8"));
}
