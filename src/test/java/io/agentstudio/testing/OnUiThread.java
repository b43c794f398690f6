package io.agentstudio.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a condition on the studio's window or ViewModels, asked on the JavaFX thread. TestFX's {@code waitFor}
 * asks its condition on the test's thread, where a look-up through the scene or a read of a ViewModel's list races the
 * JavaFX thread changing them (a table re-making its cells, the problems pane re-grouping after a fix): that failed
 * clean-clone CI runs now and then with an IndexOutOfBoundsException or a ConcurrentModificationException in the
 * test itself.
 */
public final class OnUiThread {

    private OnUiThread() {
    }

    /** Waits up to {@code seconds} for {@code condition}, each time asked on the JavaFX thread. */
    public static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> get(condition));
    }

    /** {@code value} computed on the JavaFX thread. */
    public static <T> T get(Callable<T> value) throws Exception {
        return WaitForAsyncUtils.asyncFx(value).get();
    }
}
