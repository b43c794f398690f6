package io.agentstudio.app;

import javafx.application.Application;

/** Starts the JavaFX studio; kept apart from {@code Launcher} so the command line never loads a JavaFX class. */
public final class GuiMain {

    private GuiMain() {
    }

    /** {@code args} may name the workspace folder to open as its first element. */
    public static void launch(String[] args) {
        // The start-up benchmark's yardstick runs through the same launcher, runtime and options as the studio.
        boolean bare = "bare".equals(StartupProbe.requested());
        if (!bare) {
            StudioApp.buildWhileJavaFxStarts();
        }
        JavaFxClasspathWarning.leaveOut();
        Application.launch(bare ? BareWindow.class : StudioApp.class, args);
    }
}
