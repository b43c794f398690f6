package io.agentstudio.logic.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.FieldValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI Codex agents ({@code .codex/agents/<name>.toml}): {@code developer_instructions} is the prompt, which becomes
 * the body; {@code model_reasoning_effort} is {@code effort}; {@code sandbox_mode = "read-only"} becomes a tools list
 * of read-only tools. The studio edits Codex agents only by importing them: it does not open TOML files in place.
 */
final class CodexImporter extends AgentImporter {
    private static final TomlMapper TOML = new TomlMapper();

    @Override
    ImportSource source() {
        return ImportSource.CODEX;
    }

    @Override
    String note() {
        return "Codex agents are TOML, which the studio does not edit in place: importing them is how to work on them here.";
    }

    @Override
    ImportedAgent convert(FoundAgent found, byte[] bytes) {
        Map<String, Object> toml;
        try {
            toml = TOML.readValue(new String(bytes, StandardCharsets.UTF_8), new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new AgentNotImportedException("it is not valid TOML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        FieldReport report = new FieldReport();
        Object instructions = toml.get("developer_instructions");
        String prompt = instructions instanceof String text ? text : "";
        // One blank line between the frontmatter and the prompt, as Claude Code agent files are usually written.
        ClaudeAgentDraft draft = new ClaudeAgentDraft(prompt.isEmpty() ? "" : "\n" + prompt, "\n");
        name(Optional.ofNullable(toml.get("name")), found, report, draft);
        description(Optional.ofNullable(toml.get("description")), report, draft);
        if (instructions instanceof String) {
            report.translated("developer_instructions", "the body, which is the agent's system prompt");
        } else if (instructions != null) {
            report.dropped("developer_instructions", "not text");
        }
        Optional.ofNullable(toml.get("model")).ifPresent(model -> claudeModel("model", model, report, draft));
        Optional.ofNullable(toml.get("model_reasoning_effort")).ifPresent(effort -> {
            String claude = mappings.codexEffort().get(String.valueOf(effort));
            if (claude == null) {
                report.dropped("model_reasoning_effort", "`" + effort + "` is not one of Codex's efforts");
            } else {
                draft.set("effort", new FieldValue.Text(claude));
                report.translated("model_reasoning_effort", "effort: " + claude + (claude.equals(effort) ? ""
                        : " (Claude Code has no " + effort + "; " + claude + " is its least effort: the studio's choice)"));
            }
        });
        Optional.ofNullable(toml.get("sandbox_mode")).ifPresent(mode -> {
            if ("read-only".equals(mode)) {
                draft.allow(mappings.readOnlyTools());
                report.translated("sandbox_mode", "tools: " + String.join(", ", mappings.readOnlyTools()) + " (tools that read and"
                        + " do not change files or run commands: the studio's choice)");
            } else {
                report.dropped("sandbox_mode", "`" + mode + "`: Claude Code agents may change files and run commands, asking as"
                        + " the project's permission settings say");
            }
        });
        dropTheRest(new ArrayList<>(toml.keySet()), Map.of("mcp_servers", "Codex's mcp_servers holds server configurations;"
                + " add the servers to Claude Code's .mcp.json by hand"), report);
        return result(found, draft, report);
    }
}
