package io.agentstudio.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/**
 * The look: AtlantaFX's Primer Light or Dark, a mapping of the Modena colour names ControlsFX still uses onto
 * AtlantaFX's (without it ControlsFX controls lose borders or turn invisible), and the studio's own few rules. All
 * colours come from the theme's variables, so both themes share the same stylesheets.
 */
final class Theme {
    private static final String CONTROLSFX_COLOURS = "/io/agentstudio/gui/controlsfx-atlantafx.css";
    private static final String STUDIO = "/io/agentstudio/gui/studio.css";

    private Theme() {
    }

    static void apply(Scene scene, boolean dark) {
        // The binary form: JavaFX reads it without parsing 200 KB of CSS at every start.
        String theme = dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
        if (!theme.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(theme);
        }
        scene.getStylesheets().setAll(stylesheet(CONTROLSFX_COLOURS), stylesheet(STUDIO));
    }

    private static String stylesheet(String resource) {
        return Objects.requireNonNull(Theme.class.getResource(resource), resource).toExternalForm();
    }
}
