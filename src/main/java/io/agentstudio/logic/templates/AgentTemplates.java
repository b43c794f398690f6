package io.agentstudio.logic.templates;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The bundled templates for new agents (resources under {@code io/agentstudio/templates/}). A new agent is the
 * template with its {@code name} field set through the lossless codec, so the rest of the file is the template byte
 * for byte and the name is written the way YAML reads it back.
 */
public final class AgentTemplates {
    private static final String FOLDER = "/io/agentstudio/templates/";
    private static final List<AgentTemplate> ALL = List.of(
            new AgentTemplate("code-reviewer", "Code reviewer", "Reviews a change for bugs, missing tests and unclear code.",
                    "code-reviewer"),
            new AgentTemplate("test-writer", "Test writer", "Writes and runs the tests a new or changed piece of code needs.",
                    "test-writer"),
            new AgentTemplate("debugger", "Debugger", "Finds the cause of a failure and proposes the smallest fix.", "debugger"),
            new AgentTemplate("researcher", "Researcher", "Reads code and documentation to answer a question, with sources.",
                    "researcher"),
            new AgentTemplate("orchestrator", "Planner that delegates",
                    "Splits a larger task into steps and hands each to the right agent.", "planner"),
            new AgentTemplate("blank", "Blank", "Only a name and a description, for you to fill in.", "new-agent"));

    private AgentTemplates() {
    }

    public static List<AgentTemplate> all() {
        return ALL;
    }

    /** The template as bundled, before a name is set. */
    public static AgentDocument document(AgentTemplate template) {
        try (InputStream in = AgentTemplates.class.getResourceAsStream(FOLDER + template.id() + ".md")) {
            if (in == null) {
                throw new IllegalStateException("The template " + template.id() + " is missing from the application");
            }
            return AgentFileParser.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new agent named {@code name} made from {@code template}. */
    public static AgentDocument instantiate(AgentTemplate template, String name) {
        return FrontmatterEditor.set(document(template), "name", new FieldValue.Text(name));
    }
}
