package io.agentstudio.logic.enablement;

/**
 * A settings file was not changed, and why, in a sentence for the user: it is not valid JSON, its {@code permissions}
 * has an unexpected shape, or another program changed it since it was read.
 */
public final class SettingsRefusedException extends Exception {
    public SettingsRefusedException(String message) {
        super(message);
    }
}
