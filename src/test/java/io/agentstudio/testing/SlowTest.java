package io.agentstudio.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.TimeUnit;

/**
 * Starts child processes (a JVM killed mid-write, the launcher): seconds each. Not in the fast tier. A child that
 * hangs fails its test after three minutes instead of hanging the build: the test runs on its own thread, which
 * JUnit abandons at the limit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
@Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
public @interface SlowTest {
}
