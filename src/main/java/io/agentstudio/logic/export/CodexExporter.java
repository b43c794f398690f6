package io.agentstudio.logic.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.agentstudio.model.AgentDocument;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenAI Codex: {@code .codex/agents/<name>.toml} with {@code name}, {@code description} and the prompt as
 * {@code developer_instructions}, written by Jackson's TOML writer (which escapes what TOML needs; ADR 9).
 * {@code effort} becomes {@code model_reasoning_effort}; plan mode or a tool list made only of tools known not to
 * change files or run commands (mappings.yaml's readOnlyTools) becomes {@code sandbox_mode = "read-only"}.
 */
final class CodexExporter extends AgentFileExporter {
    static final TomlMapper TOML = new TomlMapper();
    private static final String TARGET = "Codex";

    @Override
    public ExportTarget target() {
        return ExportTarget.CODEX;
    }

    @Override
    String folder() {
        return ".codex/agents/";
    }

    @Override
    String extension() {
        return ".toml";
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("Codex agents are TOML; the prompt is developer_instructions. Codex runs OpenAI models, so Claude models"
                + " are not carried over, and delegations stay in the prose.");
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument source = agent.document();
        Map<String, Object> toml = new LinkedHashMap<>();
        if (source.string("name").filter(n -> !n.isBlank()).isPresent()) {
            report.copied("name", agent.name());
        } else {
            report.added("name", agent.name() + " (from the file name; the source has no name)");
        }
        toml.put("name", agent.name());
        source.string("description").ifPresent(description -> {
            toml.put("description", description);
            report.copied("description", "");
        });
        toml.put("developer_instructions", instructions(source.body()));
        source.string("model").ifPresent(model -> report.dropped("model", "Codex runs OpenAI models; the agent uses Codex's default"));
        source.string("effort").ifPresent(effort -> {
            String codex = mappings.codexEffort().get(effort);
            if (codex == null) {
                report.dropped("effort", "`" + effort + "` is not one of Claude Code's efforts");
            } else {
                toml.put("model_reasoning_effort", codex);
                report.translated("effort", "model_reasoning_effort = " + codex + (codex.equals(effort)
                        ? " (Codex's values: none, minimal, low, medium, high, xhigh)"
                        : " (Codex has no " + effort + "; " + codex + " is its highest effort: the studio's choice)"));
            }
        });
        sandbox(source, report).ifPresent(mode -> toml.put("sandbox_mode", mode));
        source.field("mcpServers").ifPresent(field -> report.dropped("mcpServers",
                "Codex's mcp_servers holds server configurations; Claude Code's list names servers configured elsewhere"));
        delegationsInProse(agent, report, "Codex agents have no field for the agents one may call");
        TargetFields.dropTheRest(source, report, TARGET);
        try {
            return TOML.writeValueAsString(toml).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prompt without the blank lines that separate it from a frontmatter, which mean nothing in TOML. */
    private static String instructions(String body) {
        int start = 0;
        while (start < body.length() && (body.charAt(start) == '\n' || body.charAt(start) == '\r')) {
            start++;
        }
        return body.substring(start);
    }

    private Optional<String> sandbox(AgentDocument source, FieldReport report) {
        ClaudeTools tools = ClaudeTools.of(source);
        Optional<List<String>> allowed = tools.effective();
        boolean readOnlyTools = allowed.isPresent() && mappings.readOnly(allowed.get());
        Optional<String> fromMode = source.string("permissionMode").map(mappings.codexSandbox()::get);
        source.string("permissionMode").ifPresent(mode -> {
            String sandbox = mappings.codexSandbox().get(mode);
            if (sandbox == null) {
                report.dropped("permissionMode", "Codex has no sandbox mode for `" + mode + "`");
            } else if (readOnlyTools && !sandbox.equals("read-only")) {
                report.dropped("permissionMode", "the tools already make the agent read-only");
            } else {
                report.translated("permissionMode", "sandbox_mode = " + sandbox);
            }
        });
        if (readOnlyTools) {
            report.translated("tools", "sandbox_mode = read-only (each of its tools is known not to change files or run commands)");
        } else if (allowed.isPresent()) {
            report.dropped("tools", "Codex agents have no tool list; only the sandbox limits them "
                    + mappings.whyNotReadOnly(allowed.get()));
        }
        if (!tools.denied().isEmpty()) {
            report.dropped("disallowedTools", "Codex agents have no tool list");
        }
        return readOnlyTools ? Optional.of("read-only") : fromMode;
    }
}
