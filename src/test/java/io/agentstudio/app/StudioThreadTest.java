package io.agentstudio.app;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** A debounce timer that fires after the window closed hands work to a stopped thread; that must not throw. */
class StudioThreadTest {

    @Test
    void runsWorkUntilStoppedThenDropsWhatComesLater() throws InterruptedException {
        StudioThread thread = new StudioThread("test-thread");
        CountDownLatch ran = new CountDownLatch(1);
        thread.execute(ran::countDown);
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();

        thread.stop();
        AtomicBoolean late = new AtomicBoolean();
        // Dropped at once: a stopped thread takes nothing in, so there is nothing to wait for.
        assertThatCode(() -> thread.execute(() -> late.set(true))).doesNotThrowAnyException();
        assertThat(late).isFalse();
    }
}
