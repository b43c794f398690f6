package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.Set;

/**
 * A Claude Code plugin's agents ({@code agents/}): Claude Code files already, copied byte for byte. In a plugin they
 * are named {@code plugin:name}; as project agents they are {@code name}. Plugin agents ignore {@code hooks},
 * {@code mcpServers} and {@code permissionMode}, which a project agent applies, so the report points them out.
 */
final class ClaudePluginImporter extends AgentImporter {
    private static final Set<String> IGNORED_IN_PLUGINS = Set.of("hooks", "mcpServers", "permissionMode");

    @Override
    ImportSource source() {
        return ImportSource.CLAUDE_PLUGIN;
    }

    @Override
    String note() {
        return "A plugin's agents are Claude Code agents: they are copied as written, and named without the plugin's prefix.";
    }

    @Override
    ImportedAgent convert(FoundAgent found, byte[] bytes) {
        AgentDocument source = AgentFileParser.parse(bytes);
        if (!source.hasFrontmatter() || !source.isEditable()) {
            throw new AgentNotImportedException("its frontmatter is missing or does not parse, and Claude Code skips such a file");
        }
        Object name = source.value("name").orElse(null);
        if (!(name instanceof String text) || text.isBlank()) {
            throw new AgentNotImportedException("it has no name of text, and Claude Code skips such a file");
        }
        if (text.contains(":") || text.startsWith("-")) {
            throw new AgentNotImportedException("its name `" + text + "` holds `:` or starts with `-`, which Claude Code refuses");
        }
        FieldReport report = new FieldReport();
        for (FrontmatterField field : source.fields()) {
            report.copied(field.key(), IGNORED_IN_PLUGINS.contains(field.key())
                    ? "as written; plugin agents ignore it, but a project agent applies it: check it" : "as written");
        }
        String fileName = found.file().getFileName().toString();
        String file = ClaudeNames.of(fileName.substring(0, fileName.length() - ".md".length()));
        return new ImportedAgent(found.relative(), text, (file.isEmpty() ? ClaudeNames.of(text) : file) + ".md", bytes,
                report.outcomes(), "");
    }
}
