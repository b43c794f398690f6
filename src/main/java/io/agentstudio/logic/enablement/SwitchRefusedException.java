package io.agentstudio.logic.enablement;

/** An agent was not turned on or off, and why, in a sentence for the user; nothing was written. */
public final class SwitchRefusedException extends Exception {
    public SwitchRefusedException(String message) {
        super(message);
    }
}
