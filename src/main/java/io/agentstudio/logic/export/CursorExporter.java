package io.agentstudio.logic.export;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cursor subagents: {@code .cursor/agents/<name>.md}. Cursor has no tool list; an agent whose tools are all known
 * not to change files or run commands (or that plans only) becomes {@code readonly: true}. {@code background} is
 * {@code is_background}; model aliases become model ids.
 */
final class CursorExporter extends AgentFileExporter {
    private static final String TARGET = "Cursor";

    @Override
    public ExportTarget target() {
        return ExportTarget.CURSOR;
    }

    @Override
    String folder() {
        return ".cursor/agents/";
    }

    @Override
    String extension() {
        return ".md";
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument source = agent.document();
        MarkdownDraft draft = new MarkdownDraft(body(agent), lineEnding(agent));
        name(agent, report, draft);
        description(agent, report, draft);
        model(source, report, draft);
        readonly(source, report, draft);
        source.value("background").filter(Boolean.class::isInstance).ifPresent(background -> {
            draft.value("is_background", background);
            report.translated("background", "is_background: " + background);
        });
        delegationsInProse(agent, report, "Cursor has no field for the agents one may call");
        TargetFields.dropTheRest(source, report, TARGET);
        return draft.bytes();
    }

    /** A Claude model as its Anthropic id: Cursor's own model list cannot be read here, so the id is the studio's choice. */
    private void model(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        source.string("model").ifPresent(model -> {
            if (model.strip().equals("inherit")) {
                draft.text("model", "inherit");
                report.copied("model", "inherit");
                return;
            }
            Optional<ClaudeModel> claude = mappings.claudeModel(model);
            if (claude.isEmpty()) {
                report.dropped("model", "`" + model + "` is not a Claude model the studio can name for Cursor");
            } else if (claude.get().id().equals(model)) {
                draft.text("model", model);
                report.copied("model", model);
            } else {
                draft.text("model", claude.get().id());
                List<String> notes = new ArrayList<>(claude.get().notes());
                notes.add("Cursor's model ids cannot be checked here: the studio's choice");
                report.translated("model", claude.get().id() + ClaudeModel.inParentheses(notes));
            }
        });
    }

    private void readonly(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        ClaudeTools tools = ClaudeTools.of(source);
        Optional<List<String>> allowed = tools.effective();
        boolean plans = source.string("permissionMode").filter("plan"::equals).isPresent();
        boolean readOnlyTools = allowed.isPresent() && mappings.readOnly(allowed.get());
        if (readOnlyTools || plans) {
            draft.set("readonly", new FieldValue.Bool(true));
        }
        if (allowed.isPresent()) {
            if (readOnlyTools) {
                report.translated("tools", "readonly: true (each of its tools is known not to change files or run commands);"
                        + " Cursor has no tool list");
            } else {
                report.dropped("tools", "Cursor subagents have no tool list; the agent gets Cursor's tools "
                        + mappings.whyNotReadOnly(allowed.get()));
            }
        }
        if (!tools.denied().isEmpty()) {
            report.dropped("disallowedTools", "Cursor subagents have no tool list");
        }
        if (plans) {
            report.translated("permissionMode", "readonly: true (plan mode does not change files)");
        }
    }
}
