package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.Map;

/** The tools whose agents are Markdown with YAML frontmatter: the body is the system prompt in every one of them. */
abstract class MarkdownImporter extends AgentImporter {

    /** Reads the source's fields into the draft, reporting each. */
    abstract void translate(FoundAgent found, AgentDocument source, FieldReport report, ClaudeAgentDraft draft);

    /** Why the tool's own fields that Claude Code lacks are dropped, by key. */
    Map<String, String> whyDropped() {
        return Map.of();
    }

    @Override
    ImportedAgent convert(FoundAgent found, byte[] bytes) {
        AgentDocument source = AgentFileParser.parse(bytes);
        if (!source.hasFrontmatter() || !source.isEditable()) {
            throw new AgentNotImportedException("its frontmatter is missing or does not parse, so there are no fields to read");
        }
        FieldReport report = new FieldReport();
        ClaudeAgentDraft draft = new ClaudeAgentDraft(source.body(), source.lineEnding().chars());
        translate(found, source, report, draft);
        dropTheRest(source.fields().stream().map(FrontmatterField::key).toList(), whyDropped(), report);
        return result(found, draft, report);
    }
}
