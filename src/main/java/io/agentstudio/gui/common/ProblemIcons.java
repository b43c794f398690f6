package io.agentstudio.gui.common;

import atlantafx.base.theme.Styles;
import io.agentstudio.model.Severity;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The one look of a severity everywhere problems show: pane rows, badges, markers, the status bar. */
public final class ProblemIcons {

    private ProblemIcons() {
    }

    public static FontIcon of(Severity severity) {
        FontIcon icon = new FontIcon(switch (severity) {
            case ERROR -> Feather.X_CIRCLE;
            case WARNING -> Feather.ALERT_TRIANGLE;
            case INFO -> Feather.INFO;
        });
        icon.getStyleClass().addAll("problem-icon", styleOf(severity));
        return icon;
    }

    /** AtlantaFX's colour class for the severity (danger, warning, accent). */
    public static String styleOf(Severity severity) {
        return switch (severity) {
            case ERROR -> Styles.DANGER;
            case WARNING -> Styles.WARNING;
            case INFO -> Styles.ACCENT;
        };
    }
}
