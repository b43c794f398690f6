package io.agentstudio.model;

/** What identifies an agent to its tool: the {@code name} field, or the file name (OpenCode). */
public enum AgentIdentity {
    NAME, FILE_NAME
}
