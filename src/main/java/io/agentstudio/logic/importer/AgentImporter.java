package io.agentstudio.logic.importer;

import io.agentstudio.logic.export.ExportMappings;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.FieldValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts one tool's agent files to Claude Code agent files, reporting what became of every field of the source.
 * The helpers here are the parts every tool shares: the name, the description, a Claude model.
 */
abstract class AgentImporter {
    protected final ImportMappings mappings = ImportMappings.load();
    private final ExportMappings exportMappings = ExportMappings.load();

    abstract ImportSource source();

    /**
     * The Claude Code file for one found agent.
     *
     * @throws AgentNotImportedException when it cannot become an agent Claude Code would load
     */
    abstract ImportedAgent convert(FoundAgent found, byte[] bytes);

    /** A note about the tool as a whole for the report; empty when there is none. */
    String note() {
        return "";
    }

    static ImportedAgent result(FoundAgent found, ClaudeAgentDraft draft, FieldReport report) {
        return new ImportedAgent(found.relative(), draft.name(), draft.name() + ".md", draft.bytes(), report.outcomes(), "");
    }

    /**
     * The Claude Code name from the source's {@code name} (or, without one, the id the tool gives the file), made
     * into the form Claude Code and the studio's rules accept.
     */
    void name(Optional<Object> written, FoundAgent found, FieldReport report, ClaudeAgentDraft draft) {
        Optional<String> text = written.filter(String.class::isInstance).map(String.class::cast).filter(n -> !n.isBlank());
        String original = text.orElse(found.id());
        String claude = ClaudeNames.of(original);
        if (claude.isEmpty()) {
            throw new AgentNotImportedException("its name `" + original + "` has no letter or digit to make a Claude Code name of");
        }
        draft.name(claude);
        if (text.isEmpty()) {
            report.added("name", claude + (claude.equals(found.id()) ? "" : " (from `" + found.id() + "`)")
                    + " (from the file's place: " + source().displayName() + " takes the id from it)");
        } else if (claude.equals(original)) {
            report.copied("name", claude);
        } else {
            report.translated("name", claude + " (from `" + original + "`: Claude Code names are lowercase letters, digits"
                    + " and hyphens, and never hold `:` or start with `-`)");
        }
    }

    /** The description, which Claude Code needs as text that is not empty: without it the agent is not imported. */
    static void description(Optional<Object> written, FieldReport report, ClaudeAgentDraft draft) {
        Object value = written.orElse(null);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new AgentNotImportedException(value == null ? "it has no description, and Claude Code refuses an agent without one"
                    : "its description is not text, and Claude Code refuses an agent whose description is not");
        }
        draft.description(text);
        report.copied("description", "");
    }

    /**
     * A model setting that names a Claude model, as the Claude Code id of it; {@code inherit} as it is. Anything else
     * is dropped: the agent then runs on the main conversation's model.
     */
    void claudeModel(String key, Object written, FieldReport report, ClaudeAgentDraft draft) {
        if (!(written instanceof String model) || model.isBlank()) {
            report.dropped(key, "not a model name");
            return;
        }
        if (model.strip().equals("inherit")) {
            draft.set("model", new FieldValue.Text("inherit"));
            report.copied(key, "inherit");
            return;
        }
        String bare = model.strip();
        int slash = bare.lastIndexOf('/');
        String id = (slash < 0 ? bare : bare.substring(slash + 1)).replaceAll("(?<=\\d)\\.(?=\\d)", "-");
        if (exportMappings.modelAliases().containsKey(id)) {
            // Claude Code reads its own aliases (sonnet, opus, ...): kept as written, they follow its newest models.
            draft.set("model", new FieldValue.Text(id));
            report.copied(key, id);
            return;
        }
        Optional<String> claude = exportMappings.claudeModelId(id);
        if (claude.isEmpty()) {
            report.dropped(key, "`" + model + "` is not a Claude model; without a model the agent uses the main conversation's");
            return;
        }
        String claudeId = claude.get();
        draft.set("model", new FieldValue.Text(claudeId));
        if (claudeId.equals(model.strip())) {
            report.copied(key, claudeId);
        } else {
            report.translated(key, "model: " + claudeId + " (" + source().displayName() + "'s `" + model + "` as Claude Code's id)");
        }
    }

    /** Every source field no step mentioned, reported as dropped with {@code why} of the key, else the general reason. */
    void dropTheRest(List<String> keys, Map<String, String> why, FieldReport report) {
        for (String key : keys) {
            if (!report.isHandled(key)) {
                report.dropped(key, why.getOrDefault(key, "Claude Code agents have no field for it"));
            }
        }
    }

    /** The Claude Code tools a name of the source's table stands for; empty when it has none. */
    static List<String> claudeTools(Map<String, List<String>> table, String name) {
        return table.getOrDefault(name, List.of());
    }
}
