package io.agentstudio.logic.agentfile;

/**
 * An edit the codec will not make because the result would lose the user's text or fail to load in the target
 * tool; the message says why and what to do first.
 */
public final class EditRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditRefusedException(String message) {
        super(message);
    }
}
