package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.settings.StudioFolders;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The whole studio in a TestFX stage, with its settings and sample copy under a test folder instead of the user's
 * home, and {@code user.home} pointed there too, so that View > Include User Agents never reads the real one; shared by
 * the window tests so that each starts, waits and cleans up the same way.
 */
final class HeadlessStudio {
    private static final String USER_HOME = "user.home";
    private static String realUserHome;

    private HeadlessStudio() {
    }

    /** Builds and shows the studio on {@code stage}, opening the sample workspace (first run in {@code home}). */
    static CompositionRoot start(Stage stage, Path home) {
        return start(stage, home, Optional.empty());
    }

    /** As above, opening {@code workspace} when given (as the command line's argument would). */
    static CompositionRoot start(Stage stage, Path home, Optional<Path> workspace) {
        return start(stage, home, workspace, home);
    }

    /** As above, with {@code userHome} as the home whose user agents folders the studio may read. */
    static CompositionRoot start(Stage stage, Path home, Optional<Path> workspace, Path userHome) {
        System.setProperty(StudioFolders.HOME_PROPERTY, home.toString());
        if (realUserHome == null) {
            realUserHome = System.getProperty(USER_HOME);
        }
        System.setProperty(USER_HOME, userHome.toString());
        StudioFolders folders = StudioFolders.forThisSystem();
        // Off the UI thread, as the studio builds it while JavaFX starts: a ViewModel that needs the toolkit fails here.
        CompositionRoot studio = CompletableFuture.supplyAsync(() -> new CompositionRoot(folders, url -> { })).join();
        studio.show(stage, workspace);
        return studio;
    }

    /** Waits until a workspace is open and loaded. */
    static void awaitWorkspace(CompositionRoot studio) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.currentProperty().get() != null && !window.loadingProperty().get());
    }

    static void stop(CompositionRoot studio) throws Exception {
        FxToolkit.cleanupStages();
        studio.close();
        System.clearProperty(StudioFolders.HOME_PROPERTY);
        if (realUserHome != null) {
            System.setProperty(USER_HOME, realUserHome);
        }
    }
}
