package io.agentstudio.logic.export;

import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.graph.SpawnTool;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.CatalogPatterns;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Gemini CLI: {@code .gemini/agents/<name>.md}. Gemini CLI 0.61.0 checks an agent's frontmatter with a strict schema
 * ({@code localAgentSchema} in its bundle): an unknown key, a name outside {@code ^[a-z0-9-_]+$}, an empty description,
 * an unknown tool, or a {@code max_turns} or {@code timeout_mins} that is not a positive integer fails the whole agent.
 * So this exporter writes only {@code name}, {@code description}, {@code tools} and {@code max_turns}, each in a form
 * that schema accepts, and skips (with a problem) an agent it cannot write so. Tools are translated by FORMATS.md's
 * Claude-to-Gemini table (and the studio's additions); a Claude model does not run there, and Gemini subagents cannot
 * call other subagents, so delegations stay in the prose.
 */
final class GeminiExporter extends AgentFileExporter {
    private static final String TARGET = "Gemini CLI";
    /** What Gemini CLI accepts as a name and as a tool: its catalog, held to its loader by the conformance test. */
    private static final DialectCatalog GEMINI = Catalogs.load().of(Dialect.GEMINI);
    private static final String ACTIVATE_SKILL = "activate_skill";

    @Override
    public ExportTarget target() {
        return ExportTarget.GEMINI;
    }

    @Override
    String folder() {
        return ".gemini/agents/";
    }

    @Override
    String extension() {
        return ".md";
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("Gemini CLI subagents cannot call other subagents: delegations stay in the prose only. Gemini CLI refuses"
                + " an agent with a key it does not know, so only name, description, tools and max_turns are written; `kind`"
                + " is left to its default (local), and temperature and timeout_mins, which Claude Code agents do not have,"
                + " are not written.");
    }

    /** The name as Gemini CLI accepts it: lower case, and any run of other characters as one hyphen. */
    @Override
    String exportName(SourceAgent agent) {
        String slug = slug(agent.name());
        return slug.isEmpty() ? agent.name() : slug;
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument source = agent.document();
        MarkdownDraft draft = new MarkdownDraft(body(agent), lineEnding(agent));
        geminiName(agent, report, draft);
        Object description = source.value("description").orElse(null);
        if (!(description instanceof String text) || text.isEmpty()) {
            throw new AgentNotExportedException("Gemini CLI refuses an agent without a description of text (its schema"
                    + " asks for a string of at least one character)");
        }
        draft.text("description", text);
        report.copied("description", "");
        tools(agent, source, report, draft);
        source.string("model").ifPresent(model -> report.dropped("model",
                "a Claude model does not run in Gemini CLI; the agent uses Gemini CLI's default model"));
        TargetFields.positiveWholeNumber(source, "maxTurns").ifPresentOrElse(turns -> {
            draft.value("max_turns", turns);
            report.translated("maxTurns", "max_turns: " + turns);
        }, () -> source.field("maxTurns").ifPresent(field -> report.dropped("maxTurns", "`" + field.value()
                + "` is not a whole number above 0, and Gemini CLI refuses an agent whose max_turns is not")));
        delegationsInProse(agent, report, "Gemini CLI subagents cannot call other subagents");
        TargetFields.dropTheRest(source, report, TARGET);
        return draft.bytes();
    }

    private void geminiName(SourceAgent agent, FieldReport report, MarkdownDraft draft) {
        String name = exportName(agent);
        if (!CatalogPatterns.matches(GEMINI.namePattern(), name)) {
            throw new AgentNotExportedException("its name `" + agent.name() + "` has no form Gemini CLI accepts"
                    + " (lowercase letters, digits, - and _ only)");
        }
        boolean named = agent.document().string("name").filter(n -> !n.isBlank()).isPresent();
        if (!name.equals(agent.name())) {
            report.translated("name", name + " (Gemini CLI accepts only lowercase letters, digits, - and _ in a name;"
                    + " the form is the studio's choice)");
        } else if (named) {
            report.copied("name", name);
        } else {
            report.added("name", name + " (from the file name; the source has no name)");
        }
        draft.text("name", name);
    }

    /**
     * Gemini CLI agents preload no skills: an agent that lists skills and has a tool list gets {@code activate_skill},
     * so that it can activate the skills shipped for it.
     */
    private void activateSkills(SourceAgent agent, List<String> names, FieldReport report) {
        List<String> skills = SkillSelection.preloads(agent.agent());
        if (skills.isEmpty() || !GEMINI.knowsTool(ACTIVATE_SKILL)) {
            return;
        }
        if (!names.contains(ACTIVATE_SKILL)) {
            names.add(ACTIVATE_SKILL);
        }
        report.translated("skills", String.join(", ", skills) + ": " + ACTIVATE_SKILL + " is in its tools, so the agent may"
                + " activate them (Gemini CLI agents preload no skills; they are shipped to " + skillsFolder() + ")");
    }

    private void tools(SourceAgent agent, AgentDocument source, FieldReport report, MarkdownDraft draft) {
        ClaudeTools tools = ClaudeTools.of(source);
        List<String> unmapped = new ArrayList<>();
        Map<String, List<String>> table = new LinkedHashMap<>(mappings.allGeminiTools());
        tools.allowed().orElse(List.of()).stream().filter(ClaudeTools::isMcp)
                .forEach(tool -> mcpName(tool).ifPresent(name -> table.put(tool, List.of(name))));
        Optional<List<String>> translated = tools.translate(table, unmapped);
        if (translated.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        for (String name : translated.get()) {
            if (GEMINI.knowsTool(name)) {
                names.add(name);
            } else {
                unmapped.add(name);
            }
        }
        String why = unmapped.isEmpty() ? "" : "; no Gemini CLI tool for " + String.join(", ", unmapped)
                + (unmapped.stream().anyMatch(SpawnTool::isToolName) ? " (subagents cannot call subagents there)" : "")
                + (unmapped.stream().anyMatch(ClaudeTools::isMcp) ? " (an MCP server whose name has a _ has no Gemini tool name)" : "");
        List<String> studioChosen = tools.effective().orElse(List.of()).stream()
                .filter(t -> !mappings.geminiTools().containsKey(t) && table.containsKey(t)).toList();
        String chosen = studioChosen.isEmpty() ? "" : "; the names for " + String.join(", ", studioChosen) + " are the studio's choice";
        if (names.isEmpty()) {
            report.dropped(tools.allowed().isPresent() ? "tools" : "disallowedTools",
                    "none of the tools has a Gemini CLI name, so the agent gets Gemini CLI's default tools" + why);
            return;
        }
        activateSkills(agent, names, report);
        draft.set("tools", new FieldValue.Items(names, FieldValue.ListForm.BLOCK_LIST));
        String detail = String.join(", ", names) + why + chosen;
        if (tools.allowed().isPresent()) {
            report.translated("tools", detail);
        }
        if (!tools.denied().isEmpty()) {
            report.translated("disallowedTools", "Gemini CLI has no denylist: the tools list leaves the denied ones out: " + detail);
        }
    }

    /**
     * A Claude Code MCP tool as Gemini CLI names it: {@code mcp__server} and {@code mcp__server__*} as
     * {@code mcp_server_*}, {@code mcp__server__tool} as {@code mcp_server_tool} (the studio's reading: the server must
     * have the same name in Gemini CLI's settings). Empty when Gemini CLI's name could not say it.
     */
    static Optional<String> mcpName(String claudeTool) {
        String[] parts = claudeTool.substring("mcp__".length()).split("__", 2);
        String server = parts[0];
        String tool = parts.length < 2 || parts[1].isEmpty() ? "*" : parts[1];
        if (server.isEmpty() || server.contains("_") || server.equals("*")) {
            return Optional.empty();
        }
        String name = "mcp_" + server + "_" + tool;
        return GEMINI.knowsTool(name) ? Optional.of(name) : Optional.empty();
    }
}
