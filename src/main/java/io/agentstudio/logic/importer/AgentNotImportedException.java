package io.agentstudio.logic.importer;

/** An agent that cannot become a Claude Code agent Claude Code would load; the message says why, for the report. */
final class AgentNotImportedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AgentNotImportedException(String why) {
        super(why);
    }
}
