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
            new AgentTemplate("blank", "Blank"),
            new AgentTemplate("code-reviewer", "Code reviewer"),
            new AgentTemplate("debugger", "Debugger"),
            new AgentTemplate("researcher", "Researcher"),
            new AgentTemplate("orchestrator", "Orchestrator that delegates"));

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
