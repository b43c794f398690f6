package io.agentstudio.logic.validation;

/**
 * Told when findings change. Called on the thread that made the change, while the validation holds its lock: keep it
 * short (a GUI hands the change to its UI thread) and do not change the validation from inside it.
 */
@FunctionalInterface
public interface ValidationListener {
    void findingsChanged(ValidationChange change);
}
