package io.agentstudio.logic.workspace;

/** A name that no tool can load or that cannot name the agent's file ({@link AgentNameCheck}); nothing was written. */
public final class InvalidAgentNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidAgentNameException(String message) {
        super(message);
    }
}
