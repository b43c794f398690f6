package io.agentstudio.testing;

import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.Optional;

/**
 * Ends the JavaFX toolkit in order once every test has run, before the test JVM exits. Left running, JavaFX's own
 * exit hook disposes the graphics pipeline while a WebView (the preview) still has work queued on the FX thread;
 * WebKit then gets a NullPointerException back in native code and aborts the JVM (exit code 134), which fails the
 * build after all tests passed. Reproduced outside the suite (WebViews loading, then System.exit): 4 exits in 25
 * aborted, none in 50 after Platform.exit. Registered in META-INF/services; does nothing when no test started JavaFX.
 */
public final class JavaFxShutdown implements LauncherSessionListener {
    static final String FX_THREAD = "JavaFX Application Thread";
    private static final long WAIT_MILLIS = 10_000;

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        fxThread().ifPresent(thread -> {
            Platform.exit();
            try {
                thread.join(WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** The FX thread if a test started the toolkit; asking Platform would start it. */
    static Optional<Thread> fxThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> FX_THREAD.equals(thread.getName())).findFirst();
    }
}
