package io.agentstudio.logic.export;

/**
 * Thrown by a translation that cannot write an agent the target would load (Gemini CLI's strict schema refuses a whole
 * agent for one wrong value): the agent is reported as skipped with this reason, and nothing is written for it.
 */
final class AgentNotExportedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AgentNotExportedException(String reason) {
        super(reason);
    }
}
