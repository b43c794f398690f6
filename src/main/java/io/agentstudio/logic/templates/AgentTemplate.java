package io.agentstudio.logic.templates;

/**
 * A starting point for a new agent file.
 *
 * @param id       the resource's name without {@code .md}
 * @param title    what the user picks from
 */
public record AgentTemplate(String id, String title) {
}
