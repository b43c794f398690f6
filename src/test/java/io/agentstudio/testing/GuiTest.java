package io.agentstudio.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Starts the JavaFX toolkit (TestFX and Monocle): a window, a scene, a web view. Not in the fast tier. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("gui")
public @interface GuiTest {
}
