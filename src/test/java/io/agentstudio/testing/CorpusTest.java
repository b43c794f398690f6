package io.agentstudio.testing;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Reads the real agent files in ../shared (the corpus, the seeds): slow, and needs the shared folder. Not in the fast tier. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("corpus")
public @interface CorpusTest {
}
