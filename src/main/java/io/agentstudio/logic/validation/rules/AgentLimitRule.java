package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.graph.SpawnTool;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;

/**
 * {@code Agent(a, b)} (or the old {@code Task(...)}) in an agent that runs as a subagent. The limit only takes effect
 * for an agent run as the main thread ({@code claude --agent}); an {@code initialPrompt} marks such an agent.
 */
public final class AgentLimitRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("tools-agent-limit-ignored", Severity.INFO,
            "`Agent(...)` or `Task(...)` limits which agents may be started, in an agent that is not a main-thread agent.",
            "Claude Code applies the limit only when the agent runs as the main session (`claude --agent`); a subagent"
                    + " ignores it, so it neither restricts nor documents anything there.", null);

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        if (!file.catalog().tools().contains("Agent") || file.field("initialPrompt").isPresent()) {
            return;
        }
        for (FrontmatterField field : ToolNames.listFields(file)) {
            if (!field.key().equals("tools")) {
                continue;
            }
            for (String entry : ToolNames.entries(field)) {
                if (SpawnTool.parse(entry).isPresent()) {
                    file.report(RULE, file.offsetIn(field, entry), "tools", "`" + entry + "` limits the agents this one may start"
                            + " only when it runs as the main session (claude --agent); as a subagent it is ignored. Use `Agent`"
                            + " alone here, or keep it if the agent is meant to run as the main session.");
                }
            }
        }
    }
}
