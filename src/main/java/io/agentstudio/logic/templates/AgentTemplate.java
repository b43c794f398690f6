package io.agentstudio.logic.templates;

/**
 * A starting point for a new agent file.
 *
 * @param id            the resource's name without {@code .md}
 * @param title         what the user picks from
 * @param summary       one line under the title: what an agent made from it does
 * @param suggestedName the name offered for the new agent, which the user may change
 */
public record AgentTemplate(String id, String title, String summary, String suggestedName) {
}
