package io.agentstudio.logic.templates;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The bundled templates for new skills (resources under {@code io/agentstudio/templates/skills/}). A new skill is the
 * template with its {@code name} set through the lossless codec and its heading saying the name; it goes to
 * {@code .claude/skills/<name>/SKILL.md}.
 */
public final class SkillTemplates {
    private static final String FOLDER = "/io/agentstudio/templates/skills/";
    private static final String HEADING = "# New skill\n";
    private static final List<AgentTemplate> ALL = List.of(
            new AgentTemplate("basic", "Basic", "Instructions Claude follows in the conversation, started by Claude or by /name.",
                    "new-skill"),
            new AgentTemplate("forked", "Forked", "Runs in a separate context as an agent (context: fork) and returns a summary.",
                    "new-skill"),
            new AgentTemplate("reference", "Reference", "Background knowledge for agents to preload; hidden from the / menu.",
                    "new-skill"));

    private SkillTemplates() {
    }

    public static List<AgentTemplate> all() {
        return ALL;
    }

    public static Optional<AgentTemplate> find(String id) {
        return ALL.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    /** The template that suits a skill agents preload ({@code skills:}): background knowledge. */
    public static AgentTemplate forPreloading() {
        return find("reference").orElseThrow();
    }

    /** Where a new Claude Code skill of this name goes, relative to the workspace. */
    public static Path relativePath(String name) {
        return Path.of(".claude", "skills", name, "SKILL.md");
    }

    /** A new skill named {@code name} made from {@code template}. */
    public static AgentDocument instantiate(AgentTemplate template, String name) {
        String text;
        try (InputStream in = SkillTemplates.class.getResourceAsStream(FOLDER + template.id() + ".md")) {
            if (in == null) {
                throw new IllegalStateException("The skill template " + template.id() + " is missing from the application");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String named = text.replace(HEADING, "# " + name + "\n");
        return FrontmatterEditor.set(AgentFileParser.parse(named.getBytes(StandardCharsets.UTF_8)), "name", new FieldValue.Text(name));
    }
}
